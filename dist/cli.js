#!/usr/bin/env node
import { createRequire as __ftCreateRequire } from 'node:module'; import { fileURLToPath as __ftFileURLToPath } from 'node:url'; const require = __ftCreateRequire(import.meta.url); const __filename = __ftFileURLToPath(import.meta.url); const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));
import{EXIT_CODES,runPolicyTests}from"./chunk-YGE3WZGN.js";import{advisoryProvider,lookupInstalled}from"./chunk-34LR3DQU.js";import{ALWAYS_BUILT,BASELINE_FILE,DOCUMENTS,FORMATS,SEVERITIES,createBaseline,escapeTerminal,formatProblem,loadConfiguration,scan,suggest}from"./chunk-62OSFUWX.js";import{packageVersion}from"./chunk-PZXILXKB.js";import"./chunk-TJD57QRJ.js";import{writeFileSync}from"node:fs";import{join,relative,resolve}from"node:path";import{parseArgs}from"node:util";var UsageError=class extends Error{};function parse(args,options){try{return parseArgs({args,options:{help:{type:"boolean",short:"h"},...options},allowPositionals:!0,strict:!0})}catch(e){throw new UsageError(e.message.replace(/^TypeError \[[A-Z_]+\]: /,""))}}var HELP={main:`forge-trust: check an Atlassian Forge app repository against Atlassian's security requirements and Runs on Atlassian

Usage: forge-trust <command> [options]

Commands:
  scan [path]            scan a repository (default: the current folder)
  test [dirs...]         run the tests beside policies (default: the built-in policies)
  policies               list the policies with their severities and requirements
  explain <policy-id>    show what a policy checks, why, and how to fix it
  baseline [path]        record today's findings so that only new ones fail from now on

Run forge-trust <command> --help for a command's options.
Exit status: 0 clean, 1 findings at or above the threshold (or failing policy tests), 2 configuration or internal error.`,scan:`Usage: forge-trust scan [path] [options]

Options:
  --format <f>           text, json, sarif or markdown (default: text)
  --config <file>        configuration file (default: .forge-trust.yml at the scanned folder, if any)
  --output <file>        write the report to a file instead of standard output
  --fail-on <severity>   critical, high, medium, low, info or never (default: high)
  --policies <path>      an extra folder or file of policies; repeatable
  --data <path>          an extra folder or file of data documents; repeatable
  --no-builtins          run only the policies given with --policies
  --enable <id>          run a policy that is disabled by default; repeatable
  --disable <id>         leave a policy out; repeatable
  --ignore <glob>        leave matching paths out, on top of .gitignore; repeatable
  --now <YYYY-MM-DD>     the date policies judge by (default: today, or SOURCE_DATE_EPOCH)
  --base <folder>        a checkout of the base revision: findings are marked new or existing, the
                         trust diff is shown, and only new findings decide the exit status
  --all-findings         with --base, let every finding decide the exit status
  --only <documents>     read only these inputs and run only their policies, comma-separated:
                         ${DOCUMENTS.filter(d=>!ALWAYS_BUILT.includes(d)).join(", ")}
                         (--only secrets is a fast secrets-only pass, like gitleaks dir)
  --advisories <source>  check installed packages for known vulnerabilities: osv (the OSV API),
                         github (GitHub's advisory database, with GITHUB_TOKEN), an OSV JSON file
                         or folder (offline), or off (the default; the report says so)
  --advisories-url <url> the API base URL for osv or github (a mirror, or GitHub Enterprise)`,test:`Usage: forge-trust test [dirs...] [options]

Runs each policy's test cases (tests.json beside policy.json) and reports every failure.
Options:
  --data <path>          extra data documents; repeatable
  --format <text|json>   output format (default: text)`,policies:`Usage: forge-trust policies [--policies <path>] [--format text|json]

Lists every policy: id, severity, whether it is on by default, and the requirements it enforces.`,baseline:`Usage: forge-trust baseline [path] [--output FILE] [--policies PATH] [--data PATH] [--config FILE]

Writes the current findings' fingerprints to .forge-trust-baseline.json in the scanned folder (or
--output). Later scans report those findings but judge only the others. Commit the file.`,explain:`Usage: forge-trust explain <policy-id> [--policies <path>]

Shows a policy's description, the requirements it enforces, how to fix a finding, and a link.`};function severityOption(value){if(value===void 0)return;if(SEVERITIES.includes(value)||value==="never")return value;let near=suggest(value,[...SEVERITIES,"never"]);throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(", ")}, never; got "${value}"${near?` (did you mean "${near}"?)`:""}`)}function dateOption(value){if(value!==void 0){if(!/^\d{4}-\d{2}-\d{2}$/.test(value)||Number.isNaN(Date.parse(value)))throw new UsageError(`--now takes a date as YYYY-MM-DD; got "${value}"`);return new Date(`${value}T00:00:00Z`)}}function formatOption(value,allowed){let f=value??"text";if(!allowed.includes(f))throw new UsageError(`--format must be one of ${allowed.join(", ")}; got "${f}"`);return f}function advisorySource(name,url,cwd){let githubApiUrl=process.env.GITHUB_API_URL??"https://api.github.com",provider=advisoryProvider(name??"off",{apiUrl:url,githubApiUrl,token:process.env.GITHUB_TOKEN,cwd});if(provider===null)throw new UsageError(`--advisories takes off, osv, github or an OSV JSON file or folder; "${name}" is none of these`);return provider}function runScan(args,io){let{values,positionals}=parse(args,{format:{type:"string"},output:{type:"string",short:"o"},"fail-on":{type:"string"},policies:{type:"string",multiple:!0},data:{type:"string",multiple:!0},"no-builtins":{type:"boolean"},enable:{type:"string",multiple:!0},disable:{type:"string",multiple:!0},ignore:{type:"string",multiple:!0},now:{type:"string"},config:{type:"string",short:"c"},base:{type:"string"},"all-findings":{type:"boolean"},only:{type:"string"},advisories:{type:"string"},"advisories-url":{type:"string"}});if(values.help)return io.stdout(HELP.scan+`
`),0;if(positionals.length>1)throw new UsageError(`scan takes one path; got ${positionals.length}`);let format=formatOption(values.format,[...FORMATS.keys()]),provider=advisorySource(values.advisories,values["advisories-url"],io.cwd),options={path:positionals[0]??".",cwd:io.cwd,failOn:severityOption(values["fail-on"]),policies:values.policies,data:values.data,noBuiltins:values["no-builtins"],enable:values.enable,disable:values.disable,ignore:values.ignore,now:dateOption(values.now),config:values.config,base:values.base,onlyNew:values["all-findings"]?!1:void 0,only:onlyOption(values.only)};if(!provider)return report(scan(options),format,values.output,io);let dirs=[options.path,...options.base?[options.base]:[]].map(d=>resolve(io.cwd,d));return lookupInstalled(dirs,provider).then(({lookup})=>report(scan({...options,advisories:lookup}),format,values.output,io))}function onlyOption(value){if(value===void 0)return;let names=value.split(",").map(s=>s.trim()).filter(Boolean),known=DOCUMENTS.filter(d=>!ALWAYS_BUILT.includes(d));if(names.filter(n=>!known.includes(n)).length||!names.length)throw new UsageError(`--only takes ${known.join(", ")}; got "${value}"`);return names}function report(result,format,output,io){let text=FORMATS.get(format).render(result,{color:io.isTty&&!output&&!process.env.NO_COLOR});if(output?(writeFileSync(output,text),io.stderr(`${result.verdict.toUpperCase()}: ${result.findings.length} finding(s), ${result.errors.length} error(s); report written to ${output}
`)):io.stdout(text),format!=="text"&&result.errors.length)for(let e of result.errors)io.stderr(escapeTerminal(formatProblem(e)).replace(/\\n/g,`
`)+`
`);return EXIT_CODES[result.verdict]}function runTest(args,io){let{values,positionals}=parse(args,{data:{type:"string",multiple:!0},format:{type:"string"}});if(values.help)return io.stdout(HELP.test+`
`),0;let format=formatOption(values.format,["text","json"]),run=runPolicyTests(positionals,{cwd:io.cwd,data:values.data}),failed=run.results.filter(r=>!r.passed);if(format==="json")io.stdout(JSON.stringify({results:run.results.map(({actual,...r})=>({...r,actual:actual.map(f=>({message:f.message,location:f.location}))})),errors:run.problems},null,2)+`
`);else{for(let p of run.problems)io.stdout(escapeTerminal(formatProblem(p)).replace(/\\n/g,`
`)+`
`);for(let r of failed)io.stdout(`FAIL ${r.policyId}: ${escapeTerminal(r.name)} (${r.testFile})
${r.failures.map(f=>"    "+f).join(`
`)}
`);io.stdout(`${run.policies.length} policies, ${run.results.length-failed.length} passed, ${failed.length} failed${run.problems.length?`, ${run.problems.length} error(s)`:""}
`)}return run.problems.length?2:failed.length?1:0}function runPoliciesCommand(args,io){let{values}=parse(args,{policies:{type:"string",multiple:!0},format:{type:"string"}});if(values.help)return io.stdout(HELP.policies+`
`),0;let format=formatOption(values.format,["text","json"]),config=loadConfiguration({cwd:io.cwd,policies:values.policies});for(let p of config.errors)io.stderr(formatProblem(p)+`
`);let sorted=[...config.policies].sort((a,b)=>a.id<b.id?-1:1);if(format==="json")io.stdout(JSON.stringify(sorted.map(p=>({id:p.id,title:p.title,severity:p.severity,category:p.category,enabled:p.enabled,requirements:p.requirements,origin:p.origin})),null,2)+`
`);else{let width=Math.max(...sorted.map(p=>p.id.length),2);for(let p of sorted)io.stdout(`${p.id.padEnd(width)}  ${p.severity.padEnd(8)} ${p.enabled?"on ":"off"}  ${p.requirements.map(r=>r.id).join(", ")}
`)}return config.errors.length?2:0}function runExplain(args,io){let{values,positionals}=parse(args,{policies:{type:"string",multiple:!0}});if(values.help)return io.stdout(HELP.explain+`
`),0;if(positionals.length!==1)throw new UsageError("explain takes one policy id");let config=loadConfiguration({cwd:io.cwd,policies:values.policies}),id=positionals[0],p=config.policies.find(x=>x.id===id);if(!p){let near=suggest(id,config.policies.map(x=>x.id));throw new UsageError(`no policy has the id "${id}"${near?`; did you mean "${near}"?`:""}`)}let data=config.data.requirements;return io.stdout([`${p.id} \u2014 ${p.title}`,`severity: ${p.severity}   category: ${p.category}   ${p.enabled?"enabled by default":"disabled by default"}`,"",p.description,"","Requirements:",...p.requirements.map(r=>`  - ${r.framework} ${r.id}${data?.[r.framework]?.[r.id]?.title?`: ${data[r.framework][r.id].title}`:""}`),"",`Fix: ${p.remediation}`,...p.helpUri?[`More: ${p.helpUri}`]:[],`Source: ${p.file}`].join(`
`)+`
`),0}function runBaseline(args,io){let{values,positionals}=parse(args,{output:{type:"string",short:"o"},policies:{type:"string",multiple:!0},data:{type:"string",multiple:!0},config:{type:"string"}});if(values.help)return io.stdout(HELP.baseline+`
`),0;let path=positionals[0]??".",result=scan({path,cwd:io.cwd,policies:values.policies,data:values.data,config:values.config,failOn:"never"}),errors=result.errors;for(let e of errors)io.stderr(escapeTerminal(formatProblem(e)).replace(/\\n/g,`
`)+`
`);if(errors.length)return 2;let target=resolve(io.cwd,values.output??join(path,BASELINE_FILE));return writeFileSync(target,JSON.stringify(createBaseline(result.findings),null,2)+`
`),io.stdout(`Recorded ${result.findings.length} finding(s) in ${relative(io.cwd,target)||target}. Commit it; from now on only new findings decide the check.
`),0}function main(argv,io){let[command,...rest]=argv,fail=e=>e instanceof UsageError?(io.stderr(`forge-trust: ${e.message}
Run forge-trust ${command&&HELP[command]?command+" ":""}--help for usage.
`),2):(io.stderr(`forge-trust: internal error: ${e.stack??String(e)}
Please report this with the command you ran.
`),2);try{let code2=dispatch(command,rest,io);return typeof code2=="number"?code2:code2.catch(fail)}catch(e){return fail(e)}}function dispatch(command,rest,io){switch(command){case"scan":return runScan(rest,io);case"test":return runTest(rest,io);case"policies":return runPoliciesCommand(rest,io);case"explain":return runExplain(rest,io);case"baseline":return runBaseline(rest,io);case"--version":case"-v":return io.stdout(packageVersion()+`
`),0;case void 0:case"--help":case"-h":case"help":return io.stdout(HELP.main+`
`),0;default:{let near=suggest(command,Object.keys(HELP).filter(k=>k!=="main"));throw new UsageError(`unknown command "${command}"${near?`; did you mean "${near}"?`:""}`)}}}var code=main(process.argv.slice(2),{stdout:s=>process.stdout.write(s),stderr:s=>process.stderr.write(s),isTty:!!process.stdout.isTTY,cwd:process.cwd()});Promise.resolve(code).then(c=>process.exitCode=c);
