"use strict";var V=(r,n)=>()=>{try{return n||r((n={exports:{}}).exports,n),n.exports}catch(g){throw n=0,g}};var M=V(N=>{"use strict";Object.defineProperty(N,"__esModule",{value:!0});function I(r){let n=r.length,g=0,y=0,m;for(;y<n;)g++,m=r.charCodeAt(y++),m>=55296&&m<=56319&&y<n&&(m=r.charCodeAt(y),(m&64512)===56320&&y++);return g}N.default=I;I.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=E;module.exports.default=E;var a={type:"array",items:{properties:{icon:{$ref:"#/definitions/icon",fieldDescription:`

Specifies an icon to display at the left of the context view control.
 The icon resource provided in this field should be 24x24 pixels or larger, preferably in SVG format.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},content:{type:"object",fieldDescription:`

This content becomes the label next to the icon. It's handy for communicating a small amount of information.

 Read about [Issue Context Content Label](/cloud/jira/platform/modules/issue-glance-content-label/). // TODO BENTO-11598: change this path when doc is updated

`,anyOf:[{properties:{label:{$ref:"#/definitions/i18nProperty",fieldDescription:`

`},type:{enum:["label","LABEL"],type:"string",fieldDescription:`

The type field must be set to 'label' since we currently only support 'label' for context panel content

`}},required:["label","type"],shortClassName:"issueContextContentLabelBean",type:"object",title:"Issue Context Content Label",description:`

Describes the content for the issue context module. It specifies static text to show inside the context panel, which is left-aligned next to the icon.

`}]},target:{type:"object",fieldDescription:`

Specifies the target action when clicking on the context.

 Read about [Issue Context Target Web Panel](/cloud/jira/platform/modules/issue-glance-target-web-panel/). // TODO BENTO-11598: change this path when doc is updated

`,anyOf:[{properties:{type:{enum:["web_panel","WEB_PANEL"],type:"string",fieldDescription:`

The type field must be set to 'web_panel'

`},url:{type:"string",fieldDescription:`

The URL of the app resource that provides the web panel content. This URL must be relative to the app's baseUrl.

`}},required:["type","url"],shortClassName:"issueContextTargetWebPanelBean",type:"object",title:"Issue Context Target Web Panel",description:`

Describes the target of the issue context module. This supports displaying a web panel in the context area of the issue.

`}]},jiraNativeAppsEnabled:{type:"boolean",fieldDescription:`

Specifies whether the issue context will be shown in the Jira mobile and desktop clients.

 The issue context will be shown in Jira for iOS/Mac version 109 or later and Jira for Android version 55 or later.

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


`};function C(r,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:m=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.url===void 0){let s={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:k.required,parentSchema:k,data:r};e===null?e=[s]:e.push(s),t++}if(r.width!==void 0){let s=r.width;if(!(typeof s=="number"&&!(s%1)&&!isNaN(s))){let o={instancePath:n+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:k.properties.width.type,parentSchema:k.properties.width,data:s};e===null?e=[o]:e.push(o),t++}}if(r.url!==void 0){let s=r.url;if(typeof s!="string"){let o={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.properties.url.type,parentSchema:k.properties.url,data:s};e===null?e=[o]:e.push(o),t++}}if(r.height!==void 0){let s=r.height;if(!(typeof s=="number"&&!(s%1)&&!isNaN(s))){let o={instancePath:n+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:k.properties.height.type,parentSchema:k.properties.height,data:s};e===null?e=[o]:e.push(o),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:k.type,parentSchema:k,data:r};e===null?e=[s]:e.push(s),t++}return C.errors=e,t===0}var D={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},B=M().default;function S(r,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:m=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.value===void 0){let s={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:D.required,parentSchema:D,data:r};e===null?e=[s]:e.push(s),t++}if(r.value!==void 0){let s=r.value;if(typeof s=="string"){if(B(s)>1500){let o={instancePath:n+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:D.properties.value,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:n+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:D.properties.value.type,parentSchema:D.properties.value,data:s};e===null?e=[o]:e.push(o),t++}}if(r.i18n!==void 0){let s=r.i18n;if(typeof s=="string"){if(B(s)>300){let o={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:D.properties.i18n,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:D.properties.i18n.type,parentSchema:D.properties.i18n,data:s};e===null?e=[o]:e.push(o),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:D.type,parentSchema:D,data:r};e===null?e=[s]:e.push(s),t++}return S.errors=e,t===0}var O={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function A(r,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:m=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.condition===void 0){let s={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:O.required,parentSchema:O,data:r};e===null?e=[s]:e.push(s),t++}if(r.condition!==void 0){let s=r.condition;if(typeof s=="string"){if(B(s)>100){let o={instancePath:n+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:O.properties.condition,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:n+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:O.properties.condition.type,parentSchema:O.properties.condition,data:s};e===null?e=[o]:e.push(o),t++}}if(r.invert!==void 0){let s=r.invert;if(typeof s!="boolean"){let o={instancePath:n+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:O.properties.invert.type,parentSchema:O.properties.invert,data:s};e===null?e=[o]:e.push(o),t++}}if(r.params!==void 0){let s=r.params;if(!(s&&typeof s=="object"&&!Array.isArray(s))){let o={instancePath:n+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:O.properties.params.type,parentSchema:O.properties.params,data:s};e===null?e=[o]:e.push(o),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:O.type,parentSchema:O,data:r};e===null?e=[s]:e.push(s),t++}return A.errors=e,t===0}var f={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},R={validate:E};function _(r,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:m=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.conditions!==void 0){let o=r.conditions;if(Array.isArray(o)){let b=o.length;for(let w=0;w<b;w++){let v=o[w];if(!(v&&typeof v=="object"&&!Array.isArray(v))){let j={instancePath:n+"/conditions/"+w,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.properties.conditions.items.type,parentSchema:f.properties.conditions.items,data:v};e===null?e=[j]:e.push(j),t++}let c=t,l=!1,q=t;R.validate(v,{instancePath:n+"/conditions/"+w,parentData:o,parentDataProperty:w,rootData:m})||(e=e===null?R.validate.errors:e.concat(R.validate.errors),t=e.length);var s=q===t;if(l=l||s,!l){let j=t;A(v,{instancePath:n+"/conditions/"+w,parentData:o,parentDataProperty:w,rootData:m})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var s=j===t;l=l||s}if(l)t=c,e!==null&&(c?e.length=c:e=null);else{let j={instancePath:n+"/conditions/"+w,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:f.properties.conditions.items.anyOf,parentSchema:f.properties.conditions.items,data:v};e===null?e=[j]:e.push(j),t++}}}else{let b={instancePath:n+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:f.properties.conditions.type,parentSchema:f.properties.conditions,data:o};e===null?e=[b]:e.push(b),t++}}if(r.type!==void 0){let o=r.type;if(typeof o!="string"){let b={instancePath:n+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.type.type,parentSchema:f.properties.type,data:o};e===null?e=[b]:e.push(b),t++}if(!(o==="and"||o==="AND"||o==="or"||o==="OR")){let b={instancePath:n+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:f.properties.type.enum},message:"must be equal to one of the allowed values",schema:f.properties.type.enum,parentSchema:f.properties.type,data:o};e===null?e=[b]:e.push(b),t++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:r};e===null?e=[o]:e.push(o),t++}return _.errors=e,t===0}var $={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},z=new RegExp("^[a-zA-Z0-9_-]+$","u");function T(r,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:m=r}={}){let e=null,t=0;if(typeof r=="string"){if(!z.test(r)){let s={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:$,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:$.type,parentSchema:$,data:r};e===null?e=[s]:e.push(s),t++}return T.errors=e,t===0}function L(r,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:m=r}={}){let e=null,t=0;if(Array.isArray(r)){if(r.length<1){let c={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:a,data:r};e===null?e=[c]:e.push(c),t++}let v=r.length;for(let c=0;c<v;c++){let l=r[c],q=t,j=t;if(l&&typeof l=="object"&&!Array.isArray(l)){let i;if(l.unlicensedAccess===void 0&&(i="unlicensedAccess")){let h={};e===null?e=[h]:e.push(h),t++}}var s=j===t;if(s){let i={instancePath:n+"/"+c,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:a.items.not,parentSchema:a.items,data:l};e===null?e=[i]:e.push(i),t++}else t=q,e!==null&&(q?e.length=q:e=null);if(l&&typeof l=="object"&&!Array.isArray(l)){if(l.icon===void 0){let i={instancePath:n+"/"+c,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"icon"},message:"must have required property 'icon'",schema:a.items.required,parentSchema:a.items,data:l};e===null?e=[i]:e.push(i),t++}if(l.name===void 0){let i={instancePath:n+"/"+c,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:a.items.required,parentSchema:a.items,data:l};e===null?e=[i]:e.push(i),t++}if(l.content===void 0){let i={instancePath:n+"/"+c,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"content"},message:"must have required property 'content'",schema:a.items.required,parentSchema:a.items,data:l};e===null?e=[i]:e.push(i),t++}if(l.target===void 0){let i={instancePath:n+"/"+c,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"target"},message:"must have required property 'target'",schema:a.items.required,parentSchema:a.items,data:l};e===null?e=[i]:e.push(i),t++}if(l.key===void 0){let i={instancePath:n+"/"+c,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:a.items.required,parentSchema:a.items,data:l};e===null?e=[i]:e.push(i),t++}if(l.icon!==void 0&&(C(l.icon,{instancePath:n+"/"+c+"/icon",parentData:l,parentDataProperty:"icon",rootData:m})||(e=e===null?C.errors:e.concat(C.errors),t=e.length)),l.name!==void 0&&(S(l.name,{instancePath:n+"/"+c+"/name",parentData:l,parentDataProperty:"name",rootData:m})||(e=e===null?S.errors:e.concat(S.errors),t=e.length)),l.conditions!==void 0){let i=l.conditions;if(Array.isArray(i)){let h=i.length;for(let u=0;u<h;u++){let P=i[u];if(!(P&&typeof P=="object"&&!Array.isArray(P))){let x={instancePath:n+"/"+c+"/conditions/"+u,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.conditions.items.type,parentSchema:a.items.properties.conditions.items,data:P};e===null?e=[x]:e.push(x),t++}let p=t,d=!1,U=t;A(P,{instancePath:n+"/"+c+"/conditions/"+u,parentData:i,parentDataProperty:u,rootData:m})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var o=U===t;if(d=d||o,!d){let x=t;_(P,{instancePath:n+"/"+c+"/conditions/"+u,parentData:i,parentDataProperty:u,rootData:m})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var o=x===t;d=d||o}if(d)t=p,e!==null&&(p?e.length=p:e=null);else{let x={instancePath:n+"/"+c+"/conditions/"+u,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:a.items.properties.conditions.items.anyOf,parentSchema:a.items.properties.conditions.items,data:P};e===null?e=[x]:e.push(x),t++}}}else{let h={instancePath:n+"/"+c+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:a.items.properties.conditions.type,parentSchema:a.items.properties.conditions,data:i};e===null?e=[h]:e.push(h),t++}}if(l.content!==void 0){let i=l.content;if(!(i&&typeof i=="object"&&!Array.isArray(i))){let p={instancePath:n+"/"+c+"/content",schemaPath:"#/items/properties/content/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.content.type,parentSchema:a.items.properties.content,data:i};e===null?e=[p]:e.push(p),t++}let h=t,u=!1,P=t;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.label===void 0){let p={instancePath:n+"/"+c+"/content",schemaPath:"#/items/properties/content/anyOf/0/required",keyword:"required",params:{missingProperty:"label"},message:"must have required property 'label'",schema:a.items.properties.content.anyOf[0].required,parentSchema:a.items.properties.content.anyOf[0],data:i};e===null?e=[p]:e.push(p),t++}if(i.type===void 0){let p={instancePath:n+"/"+c+"/content",schemaPath:"#/items/properties/content/anyOf/0/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:a.items.properties.content.anyOf[0].required,parentSchema:a.items.properties.content.anyOf[0],data:i};e===null?e=[p]:e.push(p),t++}if(i.label!==void 0&&(S(i.label,{instancePath:n+"/"+c+"/content/label",parentData:i,parentDataProperty:"label",rootData:m})||(e=e===null?S.errors:e.concat(S.errors),t=e.length)),i.type!==void 0){let p=i.type;if(typeof p!="string"){let d={instancePath:n+"/"+c+"/content/type",schemaPath:"#/items/properties/content/anyOf/0/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.content.anyOf[0].properties.type.type,parentSchema:a.items.properties.content.anyOf[0].properties.type,data:p};e===null?e=[d]:e.push(d),t++}if(!(p==="label"||p==="LABEL")){let d={instancePath:n+"/"+c+"/content/type",schemaPath:"#/items/properties/content/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues:a.items.properties.content.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values",schema:a.items.properties.content.anyOf[0].properties.type.enum,parentSchema:a.items.properties.content.anyOf[0].properties.type,data:p};e===null?e=[d]:e.push(d),t++}}}else{let p={instancePath:n+"/"+c+"/content",schemaPath:"#/items/properties/content/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.content.anyOf[0].type,parentSchema:a.items.properties.content.anyOf[0],data:i};e===null?e=[p]:e.push(p),t++}var b=P===t;if(u=u||b,u)t=h,e!==null&&(h?e.length=h:e=null);else{let p={instancePath:n+"/"+c+"/content",schemaPath:"#/items/properties/content/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:a.items.properties.content.anyOf,parentSchema:a.items.properties.content,data:i};e===null?e=[p]:e.push(p),t++}}if(l.target!==void 0){let i=l.target;if(!(i&&typeof i=="object"&&!Array.isArray(i))){let p={instancePath:n+"/"+c+"/target",schemaPath:"#/items/properties/target/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.target.type,parentSchema:a.items.properties.target,data:i};e===null?e=[p]:e.push(p),t++}let h=t,u=!1,P=t;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.type===void 0){let p={instancePath:n+"/"+c+"/target",schemaPath:"#/items/properties/target/anyOf/0/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:a.items.properties.target.anyOf[0].required,parentSchema:a.items.properties.target.anyOf[0],data:i};e===null?e=[p]:e.push(p),t++}if(i.url===void 0){let p={instancePath:n+"/"+c+"/target",schemaPath:"#/items/properties/target/anyOf/0/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:a.items.properties.target.anyOf[0].required,parentSchema:a.items.properties.target.anyOf[0],data:i};e===null?e=[p]:e.push(p),t++}if(i.type!==void 0){let p=i.type;if(typeof p!="string"){let d={instancePath:n+"/"+c+"/target/type",schemaPath:"#/items/properties/target/anyOf/0/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.target.anyOf[0].properties.type.type,parentSchema:a.items.properties.target.anyOf[0].properties.type,data:p};e===null?e=[d]:e.push(d),t++}if(!(p==="web_panel"||p==="WEB_PANEL")){let d={instancePath:n+"/"+c+"/target/type",schemaPath:"#/items/properties/target/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues:a.items.properties.target.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values",schema:a.items.properties.target.anyOf[0].properties.type.enum,parentSchema:a.items.properties.target.anyOf[0].properties.type,data:p};e===null?e=[d]:e.push(d),t++}}if(i.url!==void 0){let p=i.url;if(typeof p!="string"){let d={instancePath:n+"/"+c+"/target/url",schemaPath:"#/items/properties/target/anyOf/0/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.target.anyOf[0].properties.url.type,parentSchema:a.items.properties.target.anyOf[0].properties.url,data:p};e===null?e=[d]:e.push(d),t++}}}else{let p={instancePath:n+"/"+c+"/target",schemaPath:"#/items/properties/target/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.target.anyOf[0].type,parentSchema:a.items.properties.target.anyOf[0],data:i};e===null?e=[p]:e.push(p),t++}var w=P===t;if(u=u||w,u)t=h,e!==null&&(h?e.length=h:e=null);else{let p={instancePath:n+"/"+c+"/target",schemaPath:"#/items/properties/target/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:a.items.properties.target.anyOf,parentSchema:a.items.properties.target,data:i};e===null?e=[p]:e.push(p),t++}}if(l.jiraNativeAppsEnabled!==void 0){let i=l.jiraNativeAppsEnabled;if(typeof i!="boolean"){let h={instancePath:n+"/"+c+"/jiraNativeAppsEnabled",schemaPath:"#/items/properties/jiraNativeAppsEnabled/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:a.items.properties.jiraNativeAppsEnabled.type,parentSchema:a.items.properties.jiraNativeAppsEnabled,data:i};e===null?e=[h]:e.push(h),t++}}l.key!==void 0&&(T(l.key,{instancePath:n+"/"+c+"/key",parentData:l,parentDataProperty:"key",rootData:m})||(e=e===null?T.errors:e.concat(T.errors),t=e.length))}}}else{let v={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:a.type,parentSchema:a,data:r};e===null?e=[v]:e.push(v),t++}return L.errors=e,t===0}function E(r,{instancePath:n="",parentData:g,parentDataProperty:y,rootData:m=r}={}){let e=null,t=0;return L(r,{instancePath:n,parentData:g,parentDataProperty:y,rootData:m})||(e=e===null?L.errors:e.concat(L.errors),t=e.length),E.errors=e,t===0}
