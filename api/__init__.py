"""Building blocks of the public GraphQL API shared by every app's schema: visibility rules,
locales and fallback, pagination, rich text, media and preview tokens."""
