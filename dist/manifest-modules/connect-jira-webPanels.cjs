"use strict";var V=(n,i)=>()=>{try{return i||n((i={exports:{}}).exports,i),i.exports}catch(f){throw i=0,f}};var J=V(N=>{"use strict";Object.defineProperty(N,"__esModule",{value:!0});function R(n){let i=n.length,f=0,m=0,h;for(;m<i;)f++,h=n.charCodeAt(m++),h>=55296&&h<=56319&&m<i&&(h=n.charCodeAt(m),(h&64512)===56320&&m++);return f}N.default=R;R.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=L;module.exports.default=L;var c={type:"array",items:{properties:{layout:{$ref:"#/definitions/webPanelLayout",fieldDescription:`

The width and height of the web panel on the page.

`},tooltip:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Information about the web panel that will be shown when hovering over its header

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},weight:{type:"integer",fieldDescription:`

Determines the order in which web panels appear. Web panels are displayed top to bottom or left to right in order
 of ascending weight. The "lightest" weight is displayed first, while the "heaviest" weights sink to the bottom.
 The weight values for most panels start from 100, and the weights for the links generally start from 10. The
 weight is incremented by 10 for each in sequence to leave room for custom panels.

`},location:{maxLength:100,type:"string",fieldDescription:`

<p>Location in the application interface for this panel.</p>

 Find product locations with the Web Fragment Finder

 <ul>
     <li><a href="https://marketplace.atlassian.com/plugins/com.wittified.webfragment-finder/cloud/overview">Jira Locations</a></li>
     <li><a href="https://marketplace.atlassian.com/plugins/com.wittified.webfragment-finder-confluence/cloud/overview">Confluence locations</a></li>
 </ul>

`},cacheable:{type:"boolean",fieldDescription:`

Returns whether the URL should be cacheable. Cacheable URLs are taken directly from the add-on descriptor, and
 lack all additional query parameters:
 <ul>
     <li>standard iframe query parameters</li>
     <li>product context parameters</li>
     <li>JWT token</li>
 </ul>

`,defaultValue:"false"},supportsNative:{type:"boolean",fieldDescription:`

Specifies whether the web panel will be shown in the native apps. As of now, this will only support the Jira
 mobile and desktop clients. The web panel is required to have <code>atl.jira.view.issue.right.context</code> or
 <code>atl.jira.view.issue.left.context</code> as the location.

 Web panels with the <code>atl.jira.view.issue.right.context</code> location will be shown in Jira for iOS/Mac
 version 109 or later and Jira for Android version 55 or later.

 Web panels with the <code>atl.jira.view.issue.left.context</code> location will be shown in  Jira for Android
 version 63 or later. It is not yet available in Jira for iOS/Mac but we will update this documentation when it is.
 
 Read about [enabling your addon for the Jira mobile and desktop clients](/cloud/jira/platform/developing-apps-for-jira-cloud-mobile/).

`,defaultValue:"false"},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`},url:{type:"string",fieldDescription:`

The URL of the add-on resource that provides the web panel content. This URL must be relative to the add-on's 
 baseUrl and can use <a href="../../context-parameters/">context parameters</a>.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","location","url","key"],not:{required:["unlicensedAccess"]}},minItems:1},v={properties:{width:{maxLength:10,type:"string",fieldDescription:`

`},height:{maxLength:10,type:"string",fieldDescription:`

`}},shortClassName:"webPanelLayout",type:"object",title:"Web Panel Layout",description:`

<h3>Example</h3>





    {
      "layout": {
        "width": "100",
        "height": "200"
      }
    }


`},A=J().default;function C(n,{instancePath:i="",parentData:f,parentDataProperty:m,rootData:h=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.width!==void 0){let r=n.width;if(typeof r=="string"){if(A(r)>10){let a={instancePath:i+"/width",schemaPath:"#/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:v.properties.width,data:r};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:i+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.width.type,parentSchema:v.properties.width,data:r};e===null?e=[a]:e.push(a),t++}}if(n.height!==void 0){let r=n.height;if(typeof r=="string"){if(A(r)>10){let a={instancePath:i+"/height",schemaPath:"#/properties/height/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:v.properties.height,data:r};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:i+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.height.type,parentSchema:v.properties.height,data:r};e===null?e=[a]:e.push(a),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.type,parentSchema:v,data:n};e===null?e=[r]:e.push(r),t++}return C.errors=e,t===0}var g={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

The localization key for the human-readable value.
 <a href="../../internationalization/">Translations</a> for the keys are defined at the top level of the
 <a href="../../add-on-descriptor/">add-on descriptor</a>.

`}},required:["value"],shortClassName:"i18nProperty",type:"object",title:"i18n Property",description:`

Represents a string that can be resolved via a localization properties file. You can use the same \`i18n Property\` key
 and value in multiple places if you like, but identical keys must have identical values.

 <h3>Example</h3>





    {
      "value": "My text"
    }


`};function j(n,{instancePath:i="",parentData:f,parentDataProperty:m,rootData:h=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:g.required,parentSchema:g,data:n};e===null?e=[r]:e.push(r),t++}if(n.value!==void 0){let r=n.value;if(typeof r=="string"){if(A(r)>1500){let a={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:g.properties.value,data:r};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.value.type,parentSchema:g.properties.value,data:r};e===null?e=[a]:e.push(a),t++}}if(n.i18n!==void 0){let r=n.i18n;if(typeof r=="string"){if(A(r)>300){let a={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:g.properties.i18n,data:r};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.i18n.type,parentSchema:g.properties.i18n,data:r};e===null?e=[a]:e.push(a),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:n};e===null?e=[r]:e.push(r),t++}return j.errors=e,t===0}var y={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

A string indicating the name of the condition

`},invert:{type:"boolean",fieldDescription:`

A flag indicating whether to invert the boolean result of the condition.

`,defaultValue:"false"},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`}},required:["condition"],shortClassName:"singleConditionBean",type:"object",title:"Single Condition",description:`

Single Conditions are either provided by the host application. See the complete documentation of
 [Conditions](../../conditions/) for more information.

 To invert a condition, add the attribute \`\`invert="true"\`\` to the condition element.
 This is useful where you want to show the section if a certain condition is not satisfied.

 <h3>Example</h3>





    {
      "condition": "user_is_logged_in",
      "invert": false
    }


`};function x(n,{instancePath:i="",parentData:f,parentDataProperty:m,rootData:h=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.condition===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:y.required,parentSchema:y,data:n};e===null?e=[r]:e.push(r),t++}if(n.condition!==void 0){let r=n.condition;if(typeof r=="string"){if(A(r)>100){let a={instancePath:i+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:y.properties.condition,data:r};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:i+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.condition.type,parentSchema:y.properties.condition,data:r};e===null?e=[a]:e.push(a),t++}}if(n.invert!==void 0){let r=n.invert;if(typeof r!="boolean"){let a={instancePath:i+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:y.properties.invert.type,parentSchema:y.properties.invert,data:r};e===null?e=[a]:e.push(a),t++}}if(n.params!==void 0){let r=n.params;if(!(r&&typeof r=="object"&&!Array.isArray(r))){let a={instancePath:i+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.params.type,parentSchema:y.properties.params,data:r};e===null?e=[a]:e.push(a),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:n};e===null?e=[r]:e.push(r),t++}return x.errors=e,t===0}var u={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

The conditions to compose using the specific logical operator.

`},type:{enum:["and","AND","or","OR"],type:"string",fieldDescription:`

Defines what logical operator is used to evaluate its collection of condition elements.

`}},shortClassName:"compositeConditionBean",type:"object",title:"Composite Condition",description:`

Composite Conditions are composed of a collection of [Single Condition](../single-condition/) / Composite Conditions
 and a type attribute.

 <h3>Example</h3>





    {
      "conditions": [
        {
          "or": [
            {
              "condition": "can_attach_file_to_issue",
              "invert": false
            },
            {
              "condition": "is_issue_assigned_to_current_user",
              "invert": false
            }
          ]
        },
        {
          "condition": "user_is_logged_in",
          "invert": false
        }
      ]
    }


`},$={validate:L};function _(n,{instancePath:i="",parentData:f,parentDataProperty:m,rootData:h=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.conditions!==void 0){let a=n.conditions;if(Array.isArray(a)){let d=a.length;for(let p=0;p<d;p++){let s=a[p];if(!(s&&typeof s=="object"&&!Array.isArray(s))){let l={instancePath:i+"/conditions/"+p,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.properties.conditions.items.type,parentSchema:u.properties.conditions.items,data:s};e===null?e=[l]:e.push(l),t++}let P=t,w=!1,o=t;$.validate(s,{instancePath:i+"/conditions/"+p,parentData:a,parentDataProperty:p,rootData:h})||(e=e===null?$.validate.errors:e.concat($.validate.errors),t=e.length);var r=o===t;if(w=w||r,!w){let l=t;x(s,{instancePath:i+"/conditions/"+p,parentData:a,parentDataProperty:p,rootData:h})||(e=e===null?x.errors:e.concat(x.errors),t=e.length);var r=l===t;w=w||r}if(w)t=P,e!==null&&(P?e.length=P:e=null);else{let l={instancePath:i+"/conditions/"+p,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:u.properties.conditions.items.anyOf,parentSchema:u.properties.conditions.items,data:s};e===null?e=[l]:e.push(l),t++}}}else{let d={instancePath:i+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:u.properties.conditions.type,parentSchema:u.properties.conditions,data:a};e===null?e=[d]:e.push(d),t++}}if(n.type!==void 0){let a=n.type;if(typeof a!="string"){let d={instancePath:i+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:u.properties.type.type,parentSchema:u.properties.type,data:a};e===null?e=[d]:e.push(d),t++}if(!(a==="and"||a==="AND"||a==="or"||a==="OR")){let d={instancePath:i+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:u.properties.type.enum},message:"must be equal to one of the allowed values",schema:u.properties.type.enum,parentSchema:u.properties.type,data:a};e===null?e=[d]:e.push(d),t++}}}else{let a={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.type,parentSchema:u,data:n};e===null?e=[a]:e.push(a),t++}return _.errors=e,t===0}var E={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},z=new RegExp("^[a-zA-Z0-9_-]+$","u");function T(n,{instancePath:i="",parentData:f,parentDataProperty:m,rootData:h=n}={}){let e=null,t=0;if(typeof n=="string"){if(!z.test(n)){let r={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:E,data:n};e===null?e=[r]:e.push(r),t++}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:E.type,parentSchema:E,data:n};e===null?e=[r]:e.push(r),t++}return T.errors=e,t===0}function q(n,{instancePath:i="",parentData:f,parentDataProperty:m,rootData:h=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let p={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:c,data:n};e===null?e=[p]:e.push(p),t++}let d=n.length;for(let p=0;p<d;p++){let s=n[p],P=t,w=t;if(s&&typeof s=="object"&&!Array.isArray(s)){let o;if(s.unlicensedAccess===void 0&&(o="unlicensedAccess")){let l={};e===null?e=[l]:e.push(l),t++}}var r=w===t;if(r){let o={instancePath:i+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:c.items.not,parentSchema:c.items,data:s};e===null?e=[o]:e.push(o),t++}else t=P,e!==null&&(P?e.length=P:e=null);if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.name===void 0){let o={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:c.items.required,parentSchema:c.items,data:s};e===null?e=[o]:e.push(o),t++}if(s.location===void 0){let o={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"location"},message:"must have required property 'location'",schema:c.items.required,parentSchema:c.items,data:s};e===null?e=[o]:e.push(o),t++}if(s.url===void 0){let o={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:c.items.required,parentSchema:c.items,data:s};e===null?e=[o]:e.push(o),t++}if(s.key===void 0){let o={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:c.items.required,parentSchema:c.items,data:s};e===null?e=[o]:e.push(o),t++}if(s.layout!==void 0&&(C(s.layout,{instancePath:i+"/"+p+"/layout",parentData:s,parentDataProperty:"layout",rootData:h})||(e=e===null?C.errors:e.concat(C.errors),t=e.length)),s.tooltip!==void 0&&(j(s.tooltip,{instancePath:i+"/"+p+"/tooltip",parentData:s,parentDataProperty:"tooltip",rootData:h})||(e=e===null?j.errors:e.concat(j.errors),t=e.length)),s.name!==void 0&&(j(s.name,{instancePath:i+"/"+p+"/name",parentData:s,parentDataProperty:"name",rootData:h})||(e=e===null?j.errors:e.concat(j.errors),t=e.length)),s.weight!==void 0){let o=s.weight;if(!(typeof o=="number"&&!(o%1)&&!isNaN(o))){let l={instancePath:i+"/"+p+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:c.items.properties.weight.type,parentSchema:c.items.properties.weight,data:o};e===null?e=[l]:e.push(l),t++}}if(s.location!==void 0){let o=s.location;if(typeof o=="string"){if(A(o)>100){let l={instancePath:i+"/"+p+"/location",schemaPath:"#/items/properties/location/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:c.items.properties.location,data:o};e===null?e=[l]:e.push(l),t++}}else{let l={instancePath:i+"/"+p+"/location",schemaPath:"#/items/properties/location/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.location.type,parentSchema:c.items.properties.location,data:o};e===null?e=[l]:e.push(l),t++}}if(s.cacheable!==void 0){let o=s.cacheable;if(typeof o!="boolean"){let l={instancePath:i+"/"+p+"/cacheable",schemaPath:"#/items/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:c.items.properties.cacheable.type,parentSchema:c.items.properties.cacheable,data:o};e===null?e=[l]:e.push(l),t++}}if(s.supportsNative!==void 0){let o=s.supportsNative;if(typeof o!="boolean"){let l={instancePath:i+"/"+p+"/supportsNative",schemaPath:"#/items/properties/supportsNative/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:c.items.properties.supportsNative.type,parentSchema:c.items.properties.supportsNative,data:o};e===null?e=[l]:e.push(l),t++}}if(s.conditions!==void 0){let o=s.conditions;if(Array.isArray(o)){let l=o.length;for(let b=0;b<l;b++){let k=o[b];if(!(k&&typeof k=="object"&&!Array.isArray(k))){let D={instancePath:i+"/"+p+"/conditions/"+b,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.items.properties.conditions.items.type,parentSchema:c.items.properties.conditions.items,data:k};e===null?e=[D]:e.push(D),t++}let O=t,S=!1,M=t;x(k,{instancePath:i+"/"+p+"/conditions/"+b,parentData:o,parentDataProperty:b,rootData:h})||(e=e===null?x.errors:e.concat(x.errors),t=e.length);var a=M===t;if(S=S||a,!S){let D=t;_(k,{instancePath:i+"/"+p+"/conditions/"+b,parentData:o,parentDataProperty:b,rootData:h})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var a=D===t;S=S||a}if(S)t=O,e!==null&&(O?e.length=O:e=null);else{let D={instancePath:i+"/"+p+"/conditions/"+b,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:c.items.properties.conditions.items.anyOf,parentSchema:c.items.properties.conditions.items,data:k};e===null?e=[D]:e.push(D),t++}}}else{let l={instancePath:i+"/"+p+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.items.properties.conditions.type,parentSchema:c.items.properties.conditions,data:o};e===null?e=[l]:e.push(l),t++}}if(s.params!==void 0){let o=s.params;if(!(o&&typeof o=="object"&&!Array.isArray(o))){let l={instancePath:i+"/"+p+"/params",schemaPath:"#/items/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.items.properties.params.type,parentSchema:c.items.properties.params,data:o};e===null?e=[l]:e.push(l),t++}}if(s.url!==void 0){let o=s.url;if(typeof o!="string"){let l={instancePath:i+"/"+p+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.url.type,parentSchema:c.items.properties.url,data:o};e===null?e=[l]:e.push(l),t++}}s.key!==void 0&&(T(s.key,{instancePath:i+"/"+p+"/key",parentData:s,parentDataProperty:"key",rootData:h})||(e=e===null?T.errors:e.concat(T.errors),t=e.length))}}}else{let d={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.type,parentSchema:c,data:n};e===null?e=[d]:e.push(d),t++}return q.errors=e,t===0}function L(n,{instancePath:i="",parentData:f,parentDataProperty:m,rootData:h=n}={}){let e=null,t=0;return q(n,{instancePath:i,parentData:f,parentDataProperty:m,rootData:h})||(e=e===null?q.errors:e.concat(q.errors),t=e.length),L.errors=e,t===0}
