// Vue 3 from its WebJar (version in the parent pom; the path is version-less through webjars-locator-lite):
// the full ES build, so pages keep their templates in their HTML.
export * from '/webjars/vue/dist/vue.esm-browser.prod.js';
