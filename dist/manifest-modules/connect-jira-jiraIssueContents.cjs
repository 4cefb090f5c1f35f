"use strict";var V=(n,i)=>()=>{try{return i||n((i={exports:{}}).exports,i),i.exports}catch(w){throw i=0,w}};var M=V(L=>{"use strict";Object.defineProperty(L,"__esModule",{value:!0});function z(n){let i=n.length,w=0,g=0,m;for(;g<i;)w++,m=n.charCodeAt(g++),m>=55296&&m<=56319&&g<i&&(m=n.charCodeAt(g),(m&64512)===56320&&g++);return w}L.default=z;z.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=O;module.exports.default=O;var p={type:"array",items:{properties:{icon:{$ref:"#/definitions/icon",fieldDescription:`

Specifies an icon to show alongside the quick-add menu item.
 The icon should be 24x24 pixels or larger, preferably in .SVG format.

`},tooltip:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Specifies a tooltip for the quick-add menu item.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},target:{type:"object",fieldDescription:`

Specifies the target of this content as a result of clicking on the menu item. Currently,
 you can only display a web panel in the issue's content area.

 Read about [Issue Page Target Web Panel](/cloud/jira/platform/modules/issue-page-target-web-panel/).

`,properties:{type:{enum:["web_panel","WEB_PANEL"],type:"string",fieldDescription:`

The type field must be set to 'web_panel'

`},url:{type:"string",fieldDescription:`

The URL of the add-on resource that provides the web panel content.
 This URL must be relative to the app's baseUrl.

`}},required:["type","url"],shortClassName:"issuePageTargetWebPanelBean",title:"Issue Page Target Web Panel",description:`

Describes the target of the issue content module. Supports displaying a web panel in the content area of the issue view.

`},contentPresentConditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/compositeCondition"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

Specifies a list of [Conditions](/cloud/jira/platform/conditions/) that, when resolved to true, will
 force the content to always be displayed for that issue. Users have the ability to collapse the content
 if they don't want to see it.

`},jiraNativeAppsEnabled:{type:"boolean",fieldDescription:`

This is coming soon. We will update the docs here with the minimum supported Jira iOS and Android app versions
 when it is ready.

 Specifies whether the issue content module will be shown in the Jira mobile and desktop clients.

`,defaultValue:"false"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["icon","tooltip","name","target","key"],not:{required:["unlicensedAccess"]}},minItems:1},D={properties:{width:{type:"integer",fieldDescription:`

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


`};function q(n,{instancePath:i="",parentData:w,parentDataProperty:g,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.url===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:D.required,parentSchema:D,data:n};e===null?e=[r]:e.push(r),t++}if(n.width!==void 0){let r=n.width;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let o={instancePath:i+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:D.properties.width.type,parentSchema:D.properties.width,data:r};e===null?e=[o]:e.push(o),t++}}if(n.url!==void 0){let r=n.url;if(typeof r!="string"){let o={instancePath:i+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:D.properties.url.type,parentSchema:D.properties.url,data:r};e===null?e=[o]:e.push(o),t++}}if(n.height!==void 0){let r=n.height;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let o={instancePath:i+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:D.properties.height.type,parentSchema:D.properties.height,data:r};e===null?e=[o]:e.push(o),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:D.type,parentSchema:D,data:n};e===null?e=[r]:e.push(r),t++}return q.errors=e,t===0}var S={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},U=M().default;function j(n,{instancePath:i="",parentData:w,parentDataProperty:g,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:S.required,parentSchema:S,data:n};e===null?e=[r]:e.push(r),t++}if(n.value!==void 0){let r=n.value;if(typeof r=="string"){if(U(r)>1500){let o={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:S.properties.value,data:r};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:S.properties.value.type,parentSchema:S.properties.value,data:r};e===null?e=[o]:e.push(o),t++}}if(n.i18n!==void 0){let r=n.i18n;if(typeof r=="string"){if(U(r)>300){let o={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:S.properties.i18n,data:r};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:S.properties.i18n.type,parentSchema:S.properties.i18n,data:r};e===null?e=[o]:e.push(o),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:S.type,parentSchema:S,data:n};e===null?e=[r]:e.push(r),t++}return j.errors=e,t===0}var P={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function C(n,{instancePath:i="",parentData:w,parentDataProperty:g,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.condition===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:P.required,parentSchema:P,data:n};e===null?e=[r]:e.push(r),t++}if(n.condition!==void 0){let r=n.condition;if(typeof r=="string"){if(U(r)>100){let o={instancePath:i+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:P.properties.condition,data:r};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:i+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:P.properties.condition.type,parentSchema:P.properties.condition,data:r};e===null?e=[o]:e.push(o),t++}}if(n.invert!==void 0){let r=n.invert;if(typeof r!="boolean"){let o={instancePath:i+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:P.properties.invert.type,parentSchema:P.properties.invert,data:r};e===null?e=[o]:e.push(o),t++}}if(n.params!==void 0){let r=n.params;if(!(r&&typeof r=="object"&&!Array.isArray(r))){let o={instancePath:i+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:P.properties.params.type,parentSchema:P.properties.params,data:r};e===null?e=[o]:e.push(o),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:P.type,parentSchema:P,data:n};e===null?e=[r]:e.push(r),t++}return C.errors=e,t===0}var v={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},$={validate:O};function _(n,{instancePath:i="",parentData:w,parentDataProperty:g,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.conditions!==void 0){let o=n.conditions;if(Array.isArray(o)){let y=o.length;for(let f=0;f<y;f++){let l=o[f];if(!(l&&typeof l=="object"&&!Array.isArray(l))){let s={instancePath:i+"/conditions/"+f,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.properties.conditions.items.type,parentSchema:v.properties.conditions.items,data:l};e===null?e=[s]:e.push(s),t++}let a=t,k=!1,N=t;$.validate(l,{instancePath:i+"/conditions/"+f,parentData:o,parentDataProperty:f,rootData:m})||(e=e===null?$.validate.errors:e.concat($.validate.errors),t=e.length);var r=N===t;if(k=k||r,!k){let s=t;C(l,{instancePath:i+"/conditions/"+f,parentData:o,parentDataProperty:f,rootData:m})||(e=e===null?C.errors:e.concat(C.errors),t=e.length);var r=s===t;k=k||r}if(k)t=a,e!==null&&(a?e.length=a:e=null);else{let s={instancePath:i+"/conditions/"+f,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:v.properties.conditions.items.anyOf,parentSchema:v.properties.conditions.items,data:l};e===null?e=[s]:e.push(s),t++}}}else{let y={instancePath:i+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:v.properties.conditions.type,parentSchema:v.properties.conditions,data:o};e===null?e=[y]:e.push(y),t++}}if(n.type!==void 0){let o=n.type;if(typeof o!="string"){let y={instancePath:i+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.type.type,parentSchema:v.properties.type,data:o};e===null?e=[y]:e.push(y),t++}if(!(o==="and"||o==="AND"||o==="or"||o==="OR")){let y={instancePath:i+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:v.properties.type.enum},message:"must be equal to one of the allowed values",schema:v.properties.type.enum,parentSchema:v.properties.type,data:o};e===null?e=[y]:e.push(y),t++}}}else{let o={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.type,parentSchema:v,data:n};e===null?e=[o]:e.push(o),t++}return _.errors=e,t===0}var R={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},B=new RegExp("^[a-zA-Z0-9_-]+$","u");function T(n,{instancePath:i="",parentData:w,parentDataProperty:g,rootData:m=n}={}){let e=null,t=0;if(typeof n=="string"){if(!B.test(n)){let r={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:R,data:n};e===null?e=[r]:e.push(r),t++}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:R.type,parentSchema:R,data:n};e===null?e=[r]:e.push(r),t++}return T.errors=e,t===0}function x(n,{instancePath:i="",parentData:w,parentDataProperty:g,rootData:m=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let l={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:p,data:n};e===null?e=[l]:e.push(l),t++}let f=n.length;for(let l=0;l<f;l++){let a=n[l],k=t,N=t;if(a&&typeof a=="object"&&!Array.isArray(a)){let s;if(a.unlicensedAccess===void 0&&(s="unlicensedAccess")){let c={};e===null?e=[c]:e.push(c),t++}}var r=N===t;if(r){let s={instancePath:i+"/"+l,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:p.items.not,parentSchema:p.items,data:a};e===null?e=[s]:e.push(s),t++}else t=k,e!==null&&(k?e.length=k:e=null);if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.icon===void 0){let s={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"icon"},message:"must have required property 'icon'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[s]:e.push(s),t++}if(a.tooltip===void 0){let s={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"tooltip"},message:"must have required property 'tooltip'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[s]:e.push(s),t++}if(a.name===void 0){let s={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[s]:e.push(s),t++}if(a.target===void 0){let s={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"target"},message:"must have required property 'target'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[s]:e.push(s),t++}if(a.key===void 0){let s={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[s]:e.push(s),t++}if(a.icon!==void 0&&(q(a.icon,{instancePath:i+"/"+l+"/icon",parentData:a,parentDataProperty:"icon",rootData:m})||(e=e===null?q.errors:e.concat(q.errors),t=e.length)),a.tooltip!==void 0&&(j(a.tooltip,{instancePath:i+"/"+l+"/tooltip",parentData:a,parentDataProperty:"tooltip",rootData:m})||(e=e===null?j.errors:e.concat(j.errors),t=e.length)),a.name!==void 0&&(j(a.name,{instancePath:i+"/"+l+"/name",parentData:a,parentDataProperty:"name",rootData:m})||(e=e===null?j.errors:e.concat(j.errors),t=e.length)),a.conditions!==void 0){let s=a.conditions;if(Array.isArray(s)){let c=s.length;for(let d=0;d<c;d++){let h=s[d];if(!(h&&typeof h=="object"&&!Array.isArray(h))){let u={instancePath:i+"/"+l+"/conditions/"+d,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.items.properties.conditions.items.type,parentSchema:p.items.properties.conditions.items,data:h};e===null?e=[u]:e.push(u),t++}let A=t,b=!1,E=t;C(h,{instancePath:i+"/"+l+"/conditions/"+d,parentData:s,parentDataProperty:d,rootData:m})||(e=e===null?C.errors:e.concat(C.errors),t=e.length);var o=E===t;if(b=b||o,!b){let u=t;_(h,{instancePath:i+"/"+l+"/conditions/"+d,parentData:s,parentDataProperty:d,rootData:m})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var o=u===t;b=b||o}if(b)t=A,e!==null&&(A?e.length=A:e=null);else{let u={instancePath:i+"/"+l+"/conditions/"+d,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:p.items.properties.conditions.items.anyOf,parentSchema:p.items.properties.conditions.items,data:h};e===null?e=[u]:e.push(u),t++}}}else{let c={instancePath:i+"/"+l+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:p.items.properties.conditions.type,parentSchema:p.items.properties.conditions,data:s};e===null?e=[c]:e.push(c),t++}}if(a.target!==void 0){let s=a.target;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.type===void 0){let c={instancePath:i+"/"+l+"/target",schemaPath:"#/items/properties/target/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:p.items.properties.target.required,parentSchema:p.items.properties.target,data:s};e===null?e=[c]:e.push(c),t++}if(s.url===void 0){let c={instancePath:i+"/"+l+"/target",schemaPath:"#/items/properties/target/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:p.items.properties.target.required,parentSchema:p.items.properties.target,data:s};e===null?e=[c]:e.push(c),t++}if(s.type!==void 0){let c=s.type;if(typeof c!="string"){let d={instancePath:i+"/"+l+"/target/type",schemaPath:"#/items/properties/target/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.items.properties.target.properties.type.type,parentSchema:p.items.properties.target.properties.type,data:c};e===null?e=[d]:e.push(d),t++}if(!(c==="web_panel"||c==="WEB_PANEL")){let d={instancePath:i+"/"+l+"/target/type",schemaPath:"#/items/properties/target/properties/type/enum",keyword:"enum",params:{allowedValues:p.items.properties.target.properties.type.enum},message:"must be equal to one of the allowed values",schema:p.items.properties.target.properties.type.enum,parentSchema:p.items.properties.target.properties.type,data:c};e===null?e=[d]:e.push(d),t++}}if(s.url!==void 0){let c=s.url;if(typeof c!="string"){let d={instancePath:i+"/"+l+"/target/url",schemaPath:"#/items/properties/target/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.items.properties.target.properties.url.type,parentSchema:p.items.properties.target.properties.url,data:c};e===null?e=[d]:e.push(d),t++}}}else{let c={instancePath:i+"/"+l+"/target",schemaPath:"#/items/properties/target/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.items.properties.target.type,parentSchema:p.items.properties.target,data:s};e===null?e=[c]:e.push(c),t++}}if(a.contentPresentConditions!==void 0){let s=a.contentPresentConditions;if(Array.isArray(s)){let c=s.length;for(let d=0;d<c;d++){let h=s[d];if(!(h&&typeof h=="object"&&!Array.isArray(h))){let u={instancePath:i+"/"+l+"/contentPresentConditions/"+d,schemaPath:"#/items/properties/contentPresentConditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.items.properties.contentPresentConditions.items.type,parentSchema:p.items.properties.contentPresentConditions.items,data:h};e===null?e=[u]:e.push(u),t++}let A=t,b=!1,E=t;_(h,{instancePath:i+"/"+l+"/contentPresentConditions/"+d,parentData:s,parentDataProperty:d,rootData:m})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var y=E===t;if(b=b||y,!b){let u=t;C(h,{instancePath:i+"/"+l+"/contentPresentConditions/"+d,parentData:s,parentDataProperty:d,rootData:m})||(e=e===null?C.errors:e.concat(C.errors),t=e.length);var y=u===t;b=b||y}if(b)t=A,e!==null&&(A?e.length=A:e=null);else{let u={instancePath:i+"/"+l+"/contentPresentConditions/"+d,schemaPath:"#/items/properties/contentPresentConditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:p.items.properties.contentPresentConditions.items.anyOf,parentSchema:p.items.properties.contentPresentConditions.items,data:h};e===null?e=[u]:e.push(u),t++}}}else{let c={instancePath:i+"/"+l+"/contentPresentConditions",schemaPath:"#/items/properties/contentPresentConditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:p.items.properties.contentPresentConditions.type,parentSchema:p.items.properties.contentPresentConditions,data:s};e===null?e=[c]:e.push(c),t++}}if(a.jiraNativeAppsEnabled!==void 0){let s=a.jiraNativeAppsEnabled;if(typeof s!="boolean"){let c={instancePath:i+"/"+l+"/jiraNativeAppsEnabled",schemaPath:"#/items/properties/jiraNativeAppsEnabled/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:p.items.properties.jiraNativeAppsEnabled.type,parentSchema:p.items.properties.jiraNativeAppsEnabled,data:s};e===null?e=[c]:e.push(c),t++}}a.key!==void 0&&(T(a.key,{instancePath:i+"/"+l+"/key",parentData:a,parentDataProperty:"key",rootData:m})||(e=e===null?T.errors:e.concat(T.errors),t=e.length))}}}else{let f={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:p.type,parentSchema:p,data:n};e===null?e=[f]:e.push(f),t++}return x.errors=e,t===0}function O(n,{instancePath:i="",parentData:w,parentDataProperty:g,rootData:m=n}={}){let e=null,t=0;return x(n,{instancePath:i,parentData:w,parentDataProperty:g,rootData:m})||(e=e===null?x.errors:e.concat(x.errors),t=e.length),O.errors=e,t===0}
