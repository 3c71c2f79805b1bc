// Vue 3 from its WebJar (admin-web/pom.xml): the full ES build, so pages keep their templates in their HTML.
// Keep the version in step with the pom.
export * from '/webjars/vue/3.5.26/dist/vue.esm-browser.prod.js';
