// Validates rendered Kubernetes manifests (kubectl kustomize output on stdin) offline:
//  1. each object against the Kubernetes OpenAPI schema of its kind (npm kubernetes-models: the API's own
//     schemas compiled into validators, no download at run time);
//  2. every pod template against the restricted Pod Security Standard (npm @monokle/validation's
//     pod-security-standards plugin, baseline and restricted rules all switched on as errors).
// Exits 1 when either finds a problem.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseAllDocuments } from "yaml";
import { MonokleValidator, DefaultPluginLoader, ResourceParser, SchemaLoader, DisabledFixer } from "@monokle/validation";

const require = createRequire(import.meta.url);
const text = readFileSync(0, "utf8");
const objects = parseAllDocuments(text).map(d => d.toJS()).filter(Boolean);
let failures = 0;

// 1. Schemas. The module of a kind is kubernetes-models/<group>/<version>/<Kind> (core: <version>/<Kind>).
for (const object of objects) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const path = ["kubernetes-models", group, version, object.kind].filter(Boolean).join("/");
  let Model;
  try {
    Model = require(path)[object.kind];
  } catch {
    console.error(`schema: ${object.kind} ${object.apiVersion} is not a known Kubernetes kind`);
    failures++;
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`schema: ok   ${object.kind}/${object.metadata?.name}`);
  } catch (e) {
    console.error(`schema: FAIL ${object.kind}/${object.metadata?.name}: ${e.message}`);
    failures++;
  }
}

// 2. Restricted Pod Security Standard.
const plugin = "pod-security-standards";
const init = { loader: new DefaultPluginLoader(), parser: new ResourceParser(), schemaLoader: new SchemaLoader(), suppressors: [], fixer: new DisabledFixer() };
const validator = new MonokleValidator(init);
await validator.preload({ plugins: { [plugin]: true }, settings: { debug: true } });
if (!validator.getPlugin(plugin)) { console.error(`restricted: plugin ${plugin} did not load`); process.exit(1); }
// The restricted rules are off by default: switch every rule of the plugin on, as an error.
const ruleIds = validator.getPlugin(plugin).rules.map(r => r.id);
await validator.preload({ plugins: { [plugin]: true }, rules: Object.fromEntries(ruleIds.map(id => [id, "err"])), settings: { debug: true } });
const resources = objects.map((content, i) => ({
  id: `r${i}`, fileId: "rendered", filePath: "rendered.yaml", fileOffset: 0, text: "",
  name: content.metadata?.name ?? "", apiVersion: content.apiVersion, kind: content.kind,
  namespace: content.metadata?.namespace, content,
}));
const response = await validator.validate({ resources });
const enabled = ruleIds.filter(id => validator.getPlugin(plugin).isRuleEnabled(id));
for (const run of response.runs) {
  for (const result of run.results) {
    const [resource, element] = result.locations?.[1]?.logicalLocations ?? [];
    console.error(`restricted: FAIL ${result.ruleId} ${result.message?.text} ${resource?.name ?? ""} ${element?.fullyQualifiedName ?? ""}`);
    failures++;
  }
}
const pods = objects.filter(o => o.spec?.template?.spec || o.kind === "Pod").length;
console.log(`restricted: ${enabled.length} Pod Security rules checked on ${pods} pod template(s)`);
if (pods === 0) { console.error("restricted: no pod template found"); failures++; }
process.exit(failures ? 1 : 0);
