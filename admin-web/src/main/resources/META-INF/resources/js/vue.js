// Vue 3 from its WebJar: the full ES build, so pages keep their templates in their HTML. The version is filled in
// from the parent pom at build, so this URL names one file forever and the browser keeps it without asking again.
export * from '/webjars/vue/${vue.version}/dist/vue.esm-browser.prod.js';
