"use strict";var M=(i,n)=>()=>{try{return n||i((n={exports:{}}).exports,n),n.exports}catch(g){throw n=0,g}};var B=M(E=>{"use strict";Object.defineProperty(E,"__esModule",{value:!0});function I(i){let n=i.length,g=0,y=0,h;for(;y<n;)g++,h=i.charCodeAt(y++),h>=55296&&h<=56319&&y<n&&(h=i.charCodeAt(y),(h&64512)===56320&&y++);return g}E.default=I;I.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=x;module.exports.default=x;var o={type:"array",items:{properties:{icon:{$ref:"#/definitions/icon",fieldDescription:`

Specifies an icon to display at the left of the glance view control.
 The icon resource provided in this field should be 24x24 pixels or larger, preferably in SVG format.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},content:{type:"object",fieldDescription:`

This content becomes the label next to the icon. It's handy for communicating a small amount of information.

 Read about [Issue Glance Content Label](/cloud/jira/platform/modules/issue-glance-content-label/).

`,anyOf:[{properties:{label:{$ref:"#/definitions/i18nProperty",fieldDescription:`

`},type:{enum:["label","LABEL"],type:"string",fieldDescription:`

The type field must be set to 'label'

`}},required:["label","type"],shortClassName:"issueGlanceContentLabelBean",type:"object",title:"Issue Glance Content Label",description:`

Describes the content for the issue glance module. It specifies static text to show inside the glance, which is left-aligned next to the icon.

`}]},target:{type:"object",fieldDescription:`

Specifies the target action when clicking on the glance.

 Read about [Issue Glance Target Web Panel](/cloud/jira/platform/modules/issue-glance-target-web-panel/).

`,properties:{type:{enum:["web_panel","WEB_PANEL"],type:"string",fieldDescription:`

The type field must be set to 'web_panel'

`},url:{type:"string",fieldDescription:`

The URL of the app resource that provides the web panel content. This URL must be relative to the app's baseUrl.

`}},required:["type","url"],shortClassName:"issueGlanceTargetWebPanelBean",title:"Issue Glance Target Web Panel",description:`

Describes the target of the issue glance module. This supports displaying a web panel in the context area of the issue.

`},jiraNativeAppsEnabled:{type:"boolean",fieldDescription:`

Specifies whether the issue glance will be shown in the Jira mobile and desktop clients.

 The issue glance will be shown in Jira for iOS/Mac version 109 or later and Jira for Android version 55 or later.

 Read about [enabling your addon for the Jira mobile and desktop clients](/cloud/jira/platform/developing-apps-for-jira-cloud-mobile/).

`,defaultValue:"false"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["icon","name","content","target","key"],not:{required:["unlicensedAccess"]}},minItems:1},k={properties:{width:{type:"integer",fieldDescription:`

The width in pixels of the icon image.

`},url:{type:"string",fieldDescription:`

The URL of the icon. Your icon needs to be hosted remotely at a web-accessible location. You can specify the
 URL as an absolute URL or relative to the add-on's base URL.

`},height:{type:"integer",fieldDescription:`

The height in pixels of the icon image.

`}},required:["url"],shortClassName:"iconBean",type:"object",title:"Icon",description:`

Defines an icon to display.

 <h3>Example</h3>





    {
      "icon": {
        "width": 16,
        "height": 16,
        "url": "/my-icon.png"
      }
    }


`};function _(i,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:h=i}={}){let e=null,t=0;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.url===void 0){let s={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:k.required,parentSchema:k,data:i};e===null?e=[s]:e.push(s),t++}if(i.width!==void 0){let s=i.width;if(!(typeof s=="number"&&!(s%1)&&!isNaN(s))){let a={instancePath:n+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:k.properties.width.type,parentSchema:k.properties.width,data:s};e===null?e=[a]:e.push(a),t++}}if(i.url!==void 0){let s=i.url;if(typeof s!="string"){let a={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.properties.url.type,parentSchema:k.properties.url,data:s};e===null?e=[a]:e.push(a),t++}}if(i.height!==void 0){let s=i.height;if(!(typeof s=="number"&&!(s%1)&&!isNaN(s))){let a={instancePath:n+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:k.properties.height.type,parentSchema:k.properties.height,data:s};e===null?e=[a]:e.push(a),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:k.type,parentSchema:k,data:i};e===null?e=[s]:e.push(s),t++}return _.errors=e,t===0}var D={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},$=B().default;function q(i,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:h=i}={}){let e=null,t=0;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.value===void 0){let s={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:D.required,parentSchema:D,data:i};e===null?e=[s]:e.push(s),t++}if(i.value!==void 0){let s=i.value;if(typeof s=="string"){if($(s)>1500){let a={instancePath:n+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:D.properties.value,data:s};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:n+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:D.properties.value.type,parentSchema:D.properties.value,data:s};e===null?e=[a]:e.push(a),t++}}if(i.i18n!==void 0){let s=i.i18n;if(typeof s=="string"){if($(s)>300){let a={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:D.properties.i18n,data:s};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:D.properties.i18n.type,parentSchema:D.properties.i18n,data:s};e===null?e=[a]:e.push(a),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:D.type,parentSchema:D,data:i};e===null?e=[s]:e.push(s),t++}return q.errors=e,t===0}var w={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function A(i,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:h=i}={}){let e=null,t=0;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.condition===void 0){let s={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:w.required,parentSchema:w,data:i};e===null?e=[s]:e.push(s),t++}if(i.condition!==void 0){let s=i.condition;if(typeof s=="string"){if($(s)>100){let a={instancePath:n+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:w.properties.condition,data:s};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:n+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:w.properties.condition.type,parentSchema:w.properties.condition,data:s};e===null?e=[a]:e.push(a),t++}}if(i.invert!==void 0){let s=i.invert;if(typeof s!="boolean"){let a={instancePath:n+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:w.properties.invert.type,parentSchema:w.properties.invert,data:s};e===null?e=[a]:e.push(a),t++}}if(i.params!==void 0){let s=i.params;if(!(s&&typeof s=="object"&&!Array.isArray(s))){let a={instancePath:n+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:w.properties.params.type,parentSchema:w.properties.params,data:s};e===null?e=[a]:e.push(a),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:w.type,parentSchema:w,data:i};e===null?e=[s]:e.push(s),t++}return A.errors=e,t===0}var f={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},N={validate:x};function C(i,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:h=i}={}){let e=null,t=0;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.conditions!==void 0){let a=i.conditions;if(Array.isArray(a)){let b=a.length;for(let u=0;u<b;u++){let p=a[u];if(!(p&&typeof p=="object"&&!Array.isArray(p))){let r={instancePath:n+"/conditions/"+u,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.properties.conditions.items.type,parentSchema:f.properties.conditions.items,data:p};e===null?e=[r]:e.push(r),t++}let l=t,P=!1,L=t;N.validate(p,{instancePath:n+"/conditions/"+u,parentData:a,parentDataProperty:u,rootData:h})||(e=e===null?N.validate.errors:e.concat(N.validate.errors),t=e.length);var s=L===t;if(P=P||s,!P){let r=t;A(p,{instancePath:n+"/conditions/"+u,parentData:a,parentDataProperty:u,rootData:h})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var s=r===t;P=P||s}if(P)t=l,e!==null&&(l?e.length=l:e=null);else{let r={instancePath:n+"/conditions/"+u,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:f.properties.conditions.items.anyOf,parentSchema:f.properties.conditions.items,data:p};e===null?e=[r]:e.push(r),t++}}}else{let b={instancePath:n+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:f.properties.conditions.type,parentSchema:f.properties.conditions,data:a};e===null?e=[b]:e.push(b),t++}}if(i.type!==void 0){let a=i.type;if(typeof a!="string"){let b={instancePath:n+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.type.type,parentSchema:f.properties.type,data:a};e===null?e=[b]:e.push(b),t++}if(!(a==="and"||a==="AND"||a==="or"||a==="OR")){let b={instancePath:n+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:f.properties.type.enum},message:"must be equal to one of the allowed values",schema:f.properties.type.enum,parentSchema:f.properties.type,data:a};e===null?e=[b]:e.push(b),t++}}}else{let a={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:i};e===null?e=[a]:e.push(a),t++}return C.errors=e,t===0}var R={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},U=new RegExp("^[a-zA-Z0-9_-]+$","u");function T(i,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:h=i}={}){let e=null,t=0;if(typeof i=="string"){if(!U.test(i)){let s={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:R,data:i};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:R.type,parentSchema:R,data:i};e===null?e=[s]:e.push(s),t++}return T.errors=e,t===0}function O(i,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:h=i}={}){let e=null,t=0;if(Array.isArray(i)){if(i.length<1){let p={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:o,data:i};e===null?e=[p]:e.push(p),t++}let u=i.length;for(let p=0;p<u;p++){let l=i[p],P=t,L=t;if(l&&typeof l=="object"&&!Array.isArray(l)){let r;if(l.unlicensedAccess===void 0&&(r="unlicensedAccess")){let c={};e===null?e=[c]:e.push(c),t++}}var s=L===t;if(s){let r={instancePath:n+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:o.items.not,parentSchema:o.items,data:l};e===null?e=[r]:e.push(r),t++}else t=P,e!==null&&(P?e.length=P:e=null);if(l&&typeof l=="object"&&!Array.isArray(l)){if(l.icon===void 0){let r={instancePath:n+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"icon"},message:"must have required property 'icon'",schema:o.items.required,parentSchema:o.items,data:l};e===null?e=[r]:e.push(r),t++}if(l.name===void 0){let r={instancePath:n+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:o.items.required,parentSchema:o.items,data:l};e===null?e=[r]:e.push(r),t++}if(l.content===void 0){let r={instancePath:n+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"content"},message:"must have required property 'content'",schema:o.items.required,parentSchema:o.items,data:l};e===null?e=[r]:e.push(r),t++}if(l.target===void 0){let r={instancePath:n+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"target"},message:"must have required property 'target'",schema:o.items.required,parentSchema:o.items,data:l};e===null?e=[r]:e.push(r),t++}if(l.key===void 0){let r={instancePath:n+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:o.items.required,parentSchema:o.items,data:l};e===null?e=[r]:e.push(r),t++}if(l.icon!==void 0&&(_(l.icon,{instancePath:n+"/"+p+"/icon",parentData:l,parentDataProperty:"icon",rootData:h})||(e=e===null?_.errors:e.concat(_.errors),t=e.length)),l.name!==void 0&&(q(l.name,{instancePath:n+"/"+p+"/name",parentData:l,parentDataProperty:"name",rootData:h})||(e=e===null?q.errors:e.concat(q.errors),t=e.length)),l.conditions!==void 0){let r=l.conditions;if(Array.isArray(r)){let c=r.length;for(let d=0;d<c;d++){let j=r[d];if(!(j&&typeof j=="object"&&!Array.isArray(j))){let S={instancePath:n+"/"+p+"/conditions/"+d,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.conditions.items.type,parentSchema:o.items.properties.conditions.items,data:j};e===null?e=[S]:e.push(S),t++}let m=t,v=!1,G=t;A(j,{instancePath:n+"/"+p+"/conditions/"+d,parentData:r,parentDataProperty:d,rootData:h})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var a=G===t;if(v=v||a,!v){let S=t;C(j,{instancePath:n+"/"+p+"/conditions/"+d,parentData:r,parentDataProperty:d,rootData:h})||(e=e===null?C.errors:e.concat(C.errors),t=e.length);var a=S===t;v=v||a}if(v)t=m,e!==null&&(m?e.length=m:e=null);else{let S={instancePath:n+"/"+p+"/conditions/"+d,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:o.items.properties.conditions.items.anyOf,parentSchema:o.items.properties.conditions.items,data:j};e===null?e=[S]:e.push(S),t++}}}else{let c={instancePath:n+"/"+p+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.items.properties.conditions.type,parentSchema:o.items.properties.conditions,data:r};e===null?e=[c]:e.push(c),t++}}if(l.content!==void 0){let r=l.content;if(!(r&&typeof r=="object"&&!Array.isArray(r))){let m={instancePath:n+"/"+p+"/content",schemaPath:"#/items/properties/content/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.content.type,parentSchema:o.items.properties.content,data:r};e===null?e=[m]:e.push(m),t++}let c=t,d=!1,j=t;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.label===void 0){let m={instancePath:n+"/"+p+"/content",schemaPath:"#/items/properties/content/anyOf/0/required",keyword:"required",params:{missingProperty:"label"},message:"must have required property 'label'",schema:o.items.properties.content.anyOf[0].required,parentSchema:o.items.properties.content.anyOf[0],data:r};e===null?e=[m]:e.push(m),t++}if(r.type===void 0){let m={instancePath:n+"/"+p+"/content",schemaPath:"#/items/properties/content/anyOf/0/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:o.items.properties.content.anyOf[0].required,parentSchema:o.items.properties.content.anyOf[0],data:r};e===null?e=[m]:e.push(m),t++}if(r.label!==void 0&&(q(r.label,{instancePath:n+"/"+p+"/content/label",parentData:r,parentDataProperty:"label",rootData:h})||(e=e===null?q.errors:e.concat(q.errors),t=e.length)),r.type!==void 0){let m=r.type;if(typeof m!="string"){let v={instancePath:n+"/"+p+"/content/type",schemaPath:"#/items/properties/content/anyOf/0/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.content.anyOf[0].properties.type.type,parentSchema:o.items.properties.content.anyOf[0].properties.type,data:m};e===null?e=[v]:e.push(v),t++}if(!(m==="label"||m==="LABEL")){let v={instancePath:n+"/"+p+"/content/type",schemaPath:"#/items/properties/content/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues:o.items.properties.content.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values",schema:o.items.properties.content.anyOf[0].properties.type.enum,parentSchema:o.items.properties.content.anyOf[0].properties.type,data:m};e===null?e=[v]:e.push(v),t++}}}else{let m={instancePath:n+"/"+p+"/content",schemaPath:"#/items/properties/content/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.content.anyOf[0].type,parentSchema:o.items.properties.content.anyOf[0],data:r};e===null?e=[m]:e.push(m),t++}var b=j===t;if(d=d||b,d)t=c,e!==null&&(c?e.length=c:e=null);else{let m={instancePath:n+"/"+p+"/content",schemaPath:"#/items/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:o.items.properties.content.anyOf,parentSchema:o.items.properties.content,data:r};e===null?e=[m]:e.push(m),t++}}if(l.target!==void 0){let r=l.target;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.type===void 0){let c={instancePath:n+"/"+p+"/target",schemaPath:"#/items/properties/target/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:o.items.properties.target.required,parentSchema:o.items.properties.target,data:r};e===null?e=[c]:e.push(c),t++}if(r.url===void 0){let c={instancePath:n+"/"+p+"/target",schemaPath:"#/items/properties/target/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:o.items.properties.target.required,parentSchema:o.items.properties.target,data:r};e===null?e=[c]:e.push(c),t++}if(r.type!==void 0){let c=r.type;if(typeof c!="string"){let d={instancePath:n+"/"+p+"/target/type",schemaPath:"#/items/properties/target/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.type.type,parentSchema:o.items.properties.target.properties.type,data:c};e===null?e=[d]:e.push(d),t++}if(!(c==="web_panel"||c==="WEB_PANEL")){let d={instancePath:n+"/"+p+"/target/type",schemaPath:"#/items/properties/target/properties/type/enum",keyword:"enum",params:{allowedValues:o.items.properties.target.properties.type.enum},message:"must be equal to one of the allowed values",schema:o.items.properties.target.properties.type.enum,parentSchema:o.items.properties.target.properties.type,data:c};e===null?e=[d]:e.push(d),t++}}if(r.url!==void 0){let c=r.url;if(typeof c!="string"){let d={instancePath:n+"/"+p+"/target/url",schemaPath:"#/items/properties/target/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.url.type,parentSchema:o.items.properties.target.properties.url,data:c};e===null?e=[d]:e.push(d),t++}}}else{let c={instancePath:n+"/"+p+"/target",schemaPath:"#/items/properties/target/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.target.type,parentSchema:o.items.properties.target,data:r};e===null?e=[c]:e.push(c),t++}}if(l.jiraNativeAppsEnabled!==void 0){let r=l.jiraNativeAppsEnabled;if(typeof r!="boolean"){let c={instancePath:n+"/"+p+"/jiraNativeAppsEnabled",schemaPath:"#/items/properties/jiraNativeAppsEnabled/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.jiraNativeAppsEnabled.type,parentSchema:o.items.properties.jiraNativeAppsEnabled,data:r};e===null?e=[c]:e.push(c),t++}}l.key!==void 0&&(T(l.key,{instancePath:n+"/"+p+"/key",parentData:l,parentDataProperty:"key",rootData:h})||(e=e===null?T.errors:e.concat(T.errors),t=e.length))}}}else{let u={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.type,parentSchema:o,data:i};e===null?e=[u]:e.push(u),t++}return O.errors=e,t===0}function x(i,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:h=i}={}){let e=null,t=0;return O(i,{instancePath:n,parentData:g,parentDataProperty:y,rootData:h})||(e=e===null?O.errors:e.concat(O.errors),t=e.length),x.errors=e,t===0}
