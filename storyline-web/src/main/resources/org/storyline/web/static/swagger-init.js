// Swagger UI over this server's OpenAPI document (the address is in the page, not in a script).
window.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var box = document.getElementById('swagger-ui');
  SwaggerUIBundle({ url: box.getAttribute('data-spec'), domNode: box, deepLinking: false });
});
