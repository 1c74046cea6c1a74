#!/usr/bin/env bash
# Breaks each house rule once in a scratch copy of the committed tree (/tmp/rulecheck-tree),
# runs the rule tests offline, and prints which tests went red: every line but the last must
# name its rule, and the last ("unbroken") none. Usage: dev/break-each-house-rule.sh [TREE]
set -uo pipefail
src=${1:-$(git rev-parse --show-toplevel)}
work=/tmp/rulecheck-tree
core=backcast-core/src/main/java/io/backcast
run() { # name, module, test
  (cd "$work" && mvn -B -o -q test -pl "$2" -am -Dtest="$3" -Dsurefire.failIfNoSpecifiedTests=false > "/tmp/rulecheck-$1.log" 2>&1)
  local rc=$?
  local failed
  failed=$(grep -hoE "(House|Host)RulesTest\.[a-z][a-zA-Z]+" "$work"/*/target/surefire-reports/*.txt 2>/dev/null \
    | grep -vE "\.(check|java)$" | sort -u | tr '\n' ' ')
  printf '%-28s exit %s; red: %s\n' "$1" "$rc" "${failed:-none}"
}
fresh() { rm -rf "$work"; mkdir -p "$work"; (cd "$src" && git archive HEAD) | tar -x -C "$work"; }
add_method() { # file, method text: appended before the last closing brace
  python3 - "$1" "$2" <<'PY'
import sys
p, m = sys.argv[1], sys.argv[2]
s = open(p).read(); i = s.rstrip().rindex('}')
open(p, 'w').write(s[:i] + '    ' + m + '\n' + s[i:])
PY
}
fresh; add_method "$work/$core/model/Check.java" 'static java.io.File broken() { return null; }'
run pure-io backcast-core HouseRulesTest
fresh; add_method "$work/$core/schedule/Baselines.java" 'static java.time.LocalDate broken() { return java.time.LocalDate.now(java.time.Clock.systemUTC()); }'
run pure-clock backcast-core HouseRulesTest
fresh; mkdir -p "$work/backcast-core/src/main/java/com/atlassian/broken"; printf 'package com.atlassian.broken;\npublic final class Api { }\n' > "$work/backcast-core/src/main/java/com/atlassian/broken/Api.java"
add_method "$work/$core/service/PlanAccess.java" 'static Object broken() { return new com.atlassian.broken.Api(); }'
run atlassian backcast-core HouseRulesTest
fresh; add_method "$work/$core/web/Failure.java" 'static Object broken() { return io.backcast.store.PlanRepository.class; }'
run web-to-store backcast-core HouseRulesTest
fresh; add_method "$work/$core/store/Rows.java" 'static Object broken() { return io.backcast.service.PlanView.class; }'
run store-to-service backcast-core HouseRulesTest
fresh; add_method "$work/$core/service/PlanAccess.java" 'static Object broken() { return io.backcast.app.Backcast.class; }'
run core-to-app backcast-core HouseRulesTest
fresh; add_method "$work/$core/port/TransientFailures.java" 'static Object broken() { return io.backcast.store.Schema.class; }'
run cycle backcast-core HouseRulesTest
fresh; add_method "$work/$core/i18n/Languages.java" 'static Object broken() { return io.backcast.model.Plan.class; }'
run words-to-model backcast-core HouseRulesTest
fresh; add_method "$work/backcast-jira/src/main/java/io/backcast/jira/JiraBackcast.java" 'static Object broken() { return io.backcast.store.PlanRepository.class; }'
run jira-internals backcast-jira HostRulesTest
fresh; add_method "$work/backcast-server/src/main/java/io/backcast/server/web/PageServlet.java" 'static Object broken() { return io.backcast.rollup.RollupEngine.class; }'
run server-internals backcast-server HostRulesTest
fresh; run unbroken backcast-server,backcast-jira 'HouseRulesTest,HostRulesTest'
