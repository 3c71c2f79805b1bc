// ECharts from its WebJar (admin-web/pom.xml), for the dashboard. Keep the version in step with the pom.
export * from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
