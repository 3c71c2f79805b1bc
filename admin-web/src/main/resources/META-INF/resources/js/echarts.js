// ECharts from its WebJar, for the dashboard (version in the parent pom; the path is version-less).
export * from '/webjars/echarts/dist/echarts.esm.min.js';
