/** The members map: GeoJSON points on Leaflet, fitted to the members; tiles only when configured. */
import L from "leaflet";
import "leaflet/dist/leaflet.css";

export function showMembers(element: HTMLElement, geojson: string) {
  const map = L.map(element, { attributionControl: Boolean(element.dataset.tiles) });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { attribution: "© OpenStreetMap contributors" }).addTo(map);
  }
  const layer = L.geoJSON(JSON.parse(geojson), {
    pointToLayer: (_feature, position) =>
      L.circleMarker(position, { radius: 6, color: "#003399", fillColor: "#ffcc00", fillOpacity: 0.9, weight: 2 }),
    onEachFeature: (feature, marker) => {
      const name = String(feature.properties?.name ?? "");
      marker.bindTooltip(name);
    },
  }).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20] });
  else map.setView([50, 15], 4);
  element.dataset.points = String(layer.getLayers().length);
}
