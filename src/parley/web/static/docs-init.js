// Starts Swagger UI on /docs from the OpenAPI document URL named by the page (no inline script).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  if (!root || typeof window.SwaggerUIBundle !== "function") { return; }
  window.SwaggerUIBundle({
    url: root.getAttribute("data-spec-url") || "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
  });
});
