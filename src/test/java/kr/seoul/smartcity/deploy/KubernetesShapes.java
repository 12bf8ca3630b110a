package kr.seoul.smartcity.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields Kubernetes (and the two operators of backing/) accept in the objects of docker/kubernetes, from their
 * API references, by path: {@code spec.template.spec.containers[]} is each container. A map whose path is not listed
 * here holds names of one's own (labels, annotations, selectors, Elasticsearch's config) and is not checked.
 */
final class KubernetesShapes {

    static final Set<String> KINDS = Set.of(
            "apps/v1 Deployment",
            "v1 Service",
            "networking.k8s.io/v1 Ingress",
            "policy/v1 PodDisruptionBudget",
            "postgresql.cnpg.io/v1 Cluster",
            "elasticsearch.k8s.elastic.co/v1 Elasticsearch");

    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> METADATA = Set.of("name", "namespace", "labels", "annotations");
    private static final Set<String> SELECTOR = Set.of("matchLabels", "matchExpressions");
    private static final Set<String> PROBE = Set.of(
            "httpGet",
            "tcpSocket",
            "exec",
            "grpc",
            "initialDelaySeconds",
            "periodSeconds",
            "timeoutSeconds",
            "successThreshold",
            "failureThreshold",
            "terminationGracePeriodSeconds");
    private static final Set<String> RESOURCES = Set.of("requests", "limits", "claims");
    private static final Set<String> POD = Set.of(
            "containers",
            "initContainers",
            "volumes",
            "securityContext",
            "serviceAccountName",
            "automountServiceAccountToken",
            "topologySpreadConstraints",
            "affinity",
            "nodeSelector",
            "tolerations",
            "terminationGracePeriodSeconds",
            "priorityClassName",
            "imagePullSecrets",
            "enableServiceLinks");
    private static final Set<String> CONTAINER = Set.of(
            "name",
            "image",
            "imagePullPolicy",
            "command",
            "args",
            "ports",
            "env",
            "envFrom",
            "resources",
            "startupProbe",
            "livenessProbe",
            "readinessProbe",
            "securityContext",
            "volumeMounts",
            "workingDir",
            "lifecycle");

    private static final Map<String, Set<String>> SHAPES = Map.ofEntries(
            Map.entry(
                    "Deployment:spec",
                    Set.of(
                            "replicas",
                            "selector",
                            "template",
                            "strategy",
                            "minReadySeconds",
                            "revisionHistoryLimit",
                            "progressDeadlineSeconds",
                            "paused")),
            Map.entry("Deployment:spec.selector", SELECTOR),
            Map.entry("Deployment:spec.strategy", Set.of("type", "rollingUpdate")),
            Map.entry("Deployment:spec.strategy.rollingUpdate", Set.of("maxSurge", "maxUnavailable")),
            Map.entry("Deployment:spec.template", Set.of("metadata", "spec")),
            Map.entry("Deployment:spec.template.metadata", METADATA),
            Map.entry("Deployment:spec.template.spec", POD),
            Map.entry(
                    "Deployment:spec.template.spec.securityContext",
                    Set.of(
                            "runAsNonRoot",
                            "runAsUser",
                            "runAsGroup",
                            "fsGroup",
                            "seccompProfile",
                            "supplementalGroups",
                            "fsGroupChangePolicy")),
            Map.entry(
                    "Deployment:spec.template.spec.securityContext.seccompProfile", Set.of("type", "localhostProfile")),
            Map.entry(
                    "Deployment:spec.template.spec.topologySpreadConstraints[]",
                    Set.of(
                            "maxSkew",
                            "topologyKey",
                            "whenUnsatisfiable",
                            "labelSelector",
                            "minDomains",
                            "nodeAffinityPolicy",
                            "nodeTaintsPolicy",
                            "matchLabelKeys")),
            Map.entry("Deployment:spec.template.spec.containers[]", CONTAINER),
            Map.entry(
                    "Deployment:spec.template.spec.containers[].ports[]",
                    Set.of("name", "containerPort", "protocol", "hostPort", "hostIP")),
            Map.entry("Deployment:spec.template.spec.containers[].env[]", Set.of("name", "value", "valueFrom")),
            Map.entry(
                    "Deployment:spec.template.spec.containers[].envFrom[]",
                    Set.of("configMapRef", "secretRef", "prefix")),
            Map.entry("Deployment:spec.template.spec.containers[].envFrom[].secretRef", Set.of("name", "optional")),
            Map.entry("Deployment:spec.template.spec.containers[].envFrom[].configMapRef", Set.of("name", "optional")),
            Map.entry("Deployment:spec.template.spec.containers[].resources", RESOURCES),
            Map.entry("Deployment:spec.template.spec.containers[].startupProbe", PROBE),
            Map.entry("Deployment:spec.template.spec.containers[].livenessProbe", PROBE),
            Map.entry("Deployment:spec.template.spec.containers[].readinessProbe", PROBE),
            Map.entry(
                    "Deployment:spec.template.spec.containers[].startupProbe.httpGet",
                    Set.of("path", "port", "scheme", "host", "httpHeaders")),
            Map.entry(
                    "Deployment:spec.template.spec.containers[].livenessProbe.httpGet",
                    Set.of("path", "port", "scheme", "host", "httpHeaders")),
            Map.entry(
                    "Deployment:spec.template.spec.containers[].readinessProbe.httpGet",
                    Set.of("path", "port", "scheme", "host", "httpHeaders")),
            Map.entry(
                    "Deployment:spec.template.spec.containers[].securityContext",
                    Set.of(
                            "allowPrivilegeEscalation",
                            "readOnlyRootFilesystem",
                            "capabilities",
                            "runAsNonRoot",
                            "runAsUser",
                            "runAsGroup",
                            "privileged",
                            "seccompProfile")),
            Map.entry("Deployment:spec.template.spec.containers[].securityContext.capabilities", Set.of("add", "drop")),
            Map.entry(
                    "Deployment:spec.template.spec.containers[].volumeMounts[]",
                    Set.of(
                            "name",
                            "mountPath",
                            "readOnly",
                            "subPath",
                            "subPathExpr",
                            "mountPropagation",
                            "recursiveReadOnly")),
            Map.entry(
                    "Deployment:spec.template.spec.volumes[]",
                    Set.of("name", "configMap", "secret", "emptyDir", "persistentVolumeClaim", "projected")),
            Map.entry(
                    "Deployment:spec.template.spec.volumes[].configMap",
                    Set.of("name", "items", "defaultMode", "optional")),
            Map.entry(
                    "Deployment:spec.template.spec.volumes[].secret",
                    Set.of("secretName", "items", "defaultMode", "optional")),
            Map.entry("Deployment:spec.template.spec.volumes[].emptyDir", Set.of("medium", "sizeLimit")),
            Map.entry(
                    "Service:spec",
                    Set.of(
                            "selector",
                            "ports",
                            "type",
                            "clusterIP",
                            "sessionAffinity",
                            "sessionAffinityConfig",
                            "externalTrafficPolicy",
                            "internalTrafficPolicy",
                            "ipFamilyPolicy")),
            Map.entry(
                    "Service:spec.ports[]",
                    Set.of("name", "port", "targetPort", "protocol", "nodePort", "appProtocol")),
            Map.entry("Ingress:spec", Set.of("ingressClassName", "tls", "rules", "defaultBackend")),
            Map.entry("Ingress:spec.tls[]", Set.of("hosts", "secretName")),
            Map.entry("Ingress:spec.rules[]", Set.of("host", "http")),
            Map.entry("Ingress:spec.rules[].http", Set.of("paths")),
            Map.entry("Ingress:spec.rules[].http.paths[]", Set.of("path", "pathType", "backend")),
            Map.entry("Ingress:spec.rules[].http.paths[].backend", Set.of("service", "resource")),
            Map.entry("Ingress:spec.rules[].http.paths[].backend.service", Set.of("name", "port")),
            Map.entry("Ingress:spec.rules[].http.paths[].backend.service.port", Set.of("name", "number")),
            Map.entry(
                    "PodDisruptionBudget:spec",
                    Set.of("minAvailable", "maxUnavailable", "selector", "unhealthyPodEvictionPolicy")),
            Map.entry("PodDisruptionBudget:spec.selector", SELECTOR),
            Map.entry(
                    "Cluster:spec",
                    Set.of(
                            "instances",
                            "imageName",
                            "bootstrap",
                            "storage",
                            "resources",
                            "backup",
                            "postgresql",
                            "monitoring",
                            "affinity",
                            "walStorage",
                            "superuserSecret",
                            "enableSuperuserAccess",
                            "primaryUpdateStrategy",
                            "description")),
            Map.entry("Cluster:spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup")),
            Map.entry(
                    "Cluster:spec.bootstrap.initdb",
                    Set.of(
                            "database",
                            "owner",
                            "secret",
                            "encoding",
                            "localeCollate",
                            "localeCType",
                            "postInitApplicationSQL")),
            Map.entry("Cluster:spec.storage", Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate")),
            Map.entry("Cluster:spec.resources", RESOURCES),
            Map.entry(
                    "Elasticsearch:spec",
                    Set.of(
                            "version",
                            "nodeSets",
                            "http",
                            "image",
                            "auth",
                            "secureSettings",
                            "updateStrategy",
                            "podDisruptionBudget")),
            Map.entry(
                    "Elasticsearch:spec.nodeSets[]",
                    Set.of("name", "count", "config", "podTemplate", "volumeClaimTemplates")),
            Map.entry("Elasticsearch:spec.nodeSets[].podTemplate", Set.of("metadata", "spec")),
            Map.entry("Elasticsearch:spec.nodeSets[].podTemplate.spec", POD),
            Map.entry("Elasticsearch:spec.nodeSets[].podTemplate.spec.initContainers[]", CONTAINER),
            Map.entry("Elasticsearch:spec.nodeSets[].podTemplate.spec.containers[]", CONTAINER),
            Map.entry("Elasticsearch:spec.nodeSets[].podTemplate.spec.containers[].resources", RESOURCES),
            Map.entry("Elasticsearch:spec.nodeSets[].volumeClaimTemplates[]", Set.of("metadata", "spec")),
            Map.entry(
                    "Elasticsearch:spec.nodeSets[].volumeClaimTemplates[].spec",
                    Set.of("accessModes", "resources", "storageClassName")),
            Map.entry("Elasticsearch:spec.nodeSets[].volumeClaimTemplates[].spec.resources", RESOURCES));

    private KubernetesShapes() {}

    /** Adds to {@code problems} every field of {@code object} its kind does not accept. */
    static void check(String kind, Map<String, Object> object, List<String> problems) {
        keys(kind, "", object, TOP, problems);
        keys(kind, "metadata", ManifestsTest.map(object, "metadata"), METADATA, problems);
        walk(kind, "spec", object.get("spec"), problems);
    }

    private static void walk(String kind, String path, Object node, List<String> problems) {
        if (node instanceof List<?> items) {
            items.forEach(item -> walk(kind, path + "[]", item, problems));
        } else if (node instanceof Map<?, ?> fields) {
            Set<String> allowed = SHAPES.get(kind + ":" + path);
            if (allowed == null) {
                return;
            }
            keys(kind, path, ManifestsTest.asMap(fields), allowed, problems);
            fields.forEach((key, value) -> walk(kind, path + "." + key, value, problems));
        }
    }

    private static void keys(
            String kind, String path, Map<String, Object> fields, Set<String> allowed, List<String> problems) {
        fields.keySet().stream()
                .filter(key -> !allowed.contains(key))
                .forEach(key -> problems.add(kind + ": " + (path.isEmpty() ? "" : path + ".") + key
                        + " is not a field of " + (path.isEmpty() ? kind : path)));
    }
}
