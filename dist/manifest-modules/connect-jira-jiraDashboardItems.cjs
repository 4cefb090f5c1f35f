"use strict";var N=(n,i)=>()=>{try{return i||n((i={exports:{}}).exports,i),i.exports}catch(f){throw i=0,f}};var U=N(x=>{"use strict";Object.defineProperty(x,"__esModule",{value:!0});function E(n){let i=n.length,f=0,u=0,c;for(;u<i;)f++,c=n.charCodeAt(u++),c>=55296&&c<=56319&&u<i&&(c=n.charCodeAt(u),(c&64512)===56320&&u++);return f}x.default=E;E.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=C;module.exports.default=C;var p={type:"array",items:{properties:{name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Description of the dashboard item. This will be displayed for a user in the directory.

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},url:{type:"string",fieldDescription:`

The URL of the service which will render the dashboard item. Following context parameters are supported in
 url.

 * \`dashboard.id\` unique id of the dashboard on which the item is rendered. This parameter is passed only on default view
 * \`dashboardItem.id\` unique id of the dashboard item which is rendered. This parameter is passed only on default view
 * \`dashboardItem.key\` key of the dashboard item. This parameter is passed in both: default and directory view
 * \`dashboardItem.viewType\` type of the view in which dashboard item is displayed. Default (for dashboard) and directory. This list may be extended

`},configurable:{type:"boolean",fieldDescription:`

Specify if the dashboard-item is configurable or not. Configurable dashboard items should render configuration
 view if there is no configuration stored for the dashboard item. [Dashboard item properties](../../jira-rest-api-scopes/) can
 be used for configuration storage.

 In addition, configurable dashboard items should register a javascript callback for \`edit click\`.

     AP.require(['jira'], function (jira) {
        jira.DashboardItem.onDashboardItemEdit(function() {
           // render dashboard item configuration now
        });
     });

 It is a common case to give users ability to set the name of the dashboard item. This can be achieved with a following
 JS code:

     AP.require(['jira'], function(jira) {
        jira.setDashboardItemTitle("Setting title works");
     });

`,defaultValue:"false"},refreshable:{type:"boolean",fieldDescription:`

Specify if the dashboard-item will control the refresh. When specified, Jira won't refresh the gadget. Refreshable dashboard items should do custom refresh logic in the provided callback.

     AP.require(['jira'], function (jira) {
        jira.DashboardItem.onDashboardItemRefreshed(function() {
           // do custom refresh logic
        });
     });

`,defaultValue:"false"},thumbnailUrl:{type:"string",fieldDescription:`

URI of the dashboard item thumbnail which is displayed in the directory.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","description","url","thumbnailUrl","key"],not:{required:["unlicensedAccess"]}},minItems:1},b={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},$=U().default;function D(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:b.required,parentSchema:b,data:n};e===null?e=[r]:e.push(r),t++}if(n.value!==void 0){let r=n.value;if(typeof r=="string"){if($(r)>1500){let s={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:b.properties.value,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.value.type,parentSchema:b.properties.value,data:r};e===null?e=[s]:e.push(s),t++}}if(n.i18n!==void 0){let r=n.i18n;if(typeof r=="string"){if($(r)>300){let s={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:b.properties.i18n,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.i18n.type,parentSchema:b.properties.i18n,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.type,parentSchema:b,data:n};e===null?e=[r]:e.push(r),t++}return D.errors=e,t===0}var y={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function j(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.condition===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:y.required,parentSchema:y,data:n};e===null?e=[r]:e.push(r),t++}if(n.condition!==void 0){let r=n.condition;if(typeof r=="string"){if($(r)>100){let s={instancePath:i+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:y.properties.condition,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.condition.type,parentSchema:y.properties.condition,data:r};e===null?e=[s]:e.push(s),t++}}if(n.invert!==void 0){let r=n.invert;if(typeof r!="boolean"){let s={instancePath:i+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:y.properties.invert.type,parentSchema:y.properties.invert,data:r};e===null?e=[s]:e.push(s),t++}}if(n.params!==void 0){let r=n.params;if(!(r&&typeof r=="object"&&!Array.isArray(r))){let s={instancePath:i+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.params.type,parentSchema:y.properties.params,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:n};e===null?e=[r]:e.push(r),t++}return j.errors=e,t===0}var m={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},O={validate:C};function _(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.conditions!==void 0){let s=n.conditions;if(Array.isArray(s)){let h=s.length;for(let l=0;l<h;l++){let a=s[l];if(!(a&&typeof a=="object"&&!Array.isArray(a))){let d={instancePath:i+"/conditions/"+l,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:m.properties.conditions.items.type,parentSchema:m.properties.conditions.items,data:a};e===null?e=[d]:e.push(d),t++}let w=t,v=!1,o=t;O.validate(a,{instancePath:i+"/conditions/"+l,parentData:s,parentDataProperty:l,rootData:c})||(e=e===null?O.validate.errors:e.concat(O.validate.errors),t=e.length);var r=o===t;if(v=v||r,!v){let d=t;j(a,{instancePath:i+"/conditions/"+l,parentData:s,parentDataProperty:l,rootData:c})||(e=e===null?j.errors:e.concat(j.errors),t=e.length);var r=d===t;v=v||r}if(v)t=w,e!==null&&(w?e.length=w:e=null);else{let d={instancePath:i+"/conditions/"+l,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:m.properties.conditions.items.anyOf,parentSchema:m.properties.conditions.items,data:a};e===null?e=[d]:e.push(d),t++}}}else{let h={instancePath:i+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:m.properties.conditions.type,parentSchema:m.properties.conditions,data:s};e===null?e=[h]:e.push(h),t++}}if(n.type!==void 0){let s=n.type;if(typeof s!="string"){let h={instancePath:i+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:m.properties.type.type,parentSchema:m.properties.type,data:s};e===null?e=[h]:e.push(h),t++}if(!(s==="and"||s==="AND"||s==="or"||s==="OR")){let h={instancePath:i+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:m.properties.type.enum},message:"must be equal to one of the allowed values",schema:m.properties.type.enum,parentSchema:m.properties.type,data:s};e===null?e=[h]:e.push(h),t++}}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:m.type,parentSchema:m,data:n};e===null?e=[s]:e.push(s),t++}return _.errors=e,t===0}var I={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},R=new RegExp("^[a-zA-Z0-9_-]+$","u");function q(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(typeof n=="string"){if(!R.test(n)){let r={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:I,data:n};e===null?e=[r]:e.push(r),t++}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:I.type,parentSchema:I,data:n};e===null?e=[r]:e.push(r),t++}return q.errors=e,t===0}function A(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let l={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:p,data:n};e===null?e=[l]:e.push(l),t++}let h=n.length;for(let l=0;l<h;l++){let a=n[l],w=t,v=t;if(a&&typeof a=="object"&&!Array.isArray(a)){let o;if(a.unlicensedAccess===void 0&&(o="unlicensedAccess")){let d={};e===null?e=[d]:e.push(d),t++}}var r=v===t;if(r){let o={instancePath:i+"/"+l,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:p.items.not,parentSchema:p.items,data:a};e===null?e=[o]:e.push(o),t++}else t=w,e!==null&&(w?e.length=w:e=null);if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.name===void 0){let o={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[o]:e.push(o),t++}if(a.description===void 0){let o={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"description"},message:"must have required property 'description'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[o]:e.push(o),t++}if(a.url===void 0){let o={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[o]:e.push(o),t++}if(a.thumbnailUrl===void 0){let o={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"thumbnailUrl"},message:"must have required property 'thumbnailUrl'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[o]:e.push(o),t++}if(a.key===void 0){let o={instancePath:i+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:p.items.required,parentSchema:p.items,data:a};e===null?e=[o]:e.push(o),t++}if(a.name!==void 0&&(D(a.name,{instancePath:i+"/"+l+"/name",parentData:a,parentDataProperty:"name",rootData:c})||(e=e===null?D.errors:e.concat(D.errors),t=e.length)),a.description!==void 0&&(D(a.description,{instancePath:i+"/"+l+"/description",parentData:a,parentDataProperty:"description",rootData:c})||(e=e===null?D.errors:e.concat(D.errors),t=e.length)),a.conditions!==void 0){let o=a.conditions;if(Array.isArray(o)){let d=o.length;for(let g=0;g<d;g++){let P=o[g];if(!(P&&typeof P=="object"&&!Array.isArray(P))){let k={instancePath:i+"/"+l+"/conditions/"+g,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.items.properties.conditions.items.type,parentSchema:p.items.properties.conditions.items,data:P};e===null?e=[k]:e.push(k),t++}let T=t,S=!1,L=t;j(P,{instancePath:i+"/"+l+"/conditions/"+g,parentData:o,parentDataProperty:g,rootData:c})||(e=e===null?j.errors:e.concat(j.errors),t=e.length);var s=L===t;if(S=S||s,!S){let k=t;_(P,{instancePath:i+"/"+l+"/conditions/"+g,parentData:o,parentDataProperty:g,rootData:c})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var s=k===t;S=S||s}if(S)t=T,e!==null&&(T?e.length=T:e=null);else{let k={instancePath:i+"/"+l+"/conditions/"+g,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:p.items.properties.conditions.items.anyOf,parentSchema:p.items.properties.conditions.items,data:P};e===null?e=[k]:e.push(k),t++}}}else{let d={instancePath:i+"/"+l+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:p.items.properties.conditions.type,parentSchema:p.items.properties.conditions,data:o};e===null?e=[d]:e.push(d),t++}}if(a.url!==void 0){let o=a.url;if(typeof o!="string"){let d={instancePath:i+"/"+l+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.items.properties.url.type,parentSchema:p.items.properties.url,data:o};e===null?e=[d]:e.push(d),t++}}if(a.configurable!==void 0){let o=a.configurable;if(typeof o!="boolean"){let d={instancePath:i+"/"+l+"/configurable",schemaPath:"#/items/properties/configurable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:p.items.properties.configurable.type,parentSchema:p.items.properties.configurable,data:o};e===null?e=[d]:e.push(d),t++}}if(a.refreshable!==void 0){let o=a.refreshable;if(typeof o!="boolean"){let d={instancePath:i+"/"+l+"/refreshable",schemaPath:"#/items/properties/refreshable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:p.items.properties.refreshable.type,parentSchema:p.items.properties.refreshable,data:o};e===null?e=[d]:e.push(d),t++}}if(a.thumbnailUrl!==void 0){let o=a.thumbnailUrl;if(typeof o!="string"){let d={instancePath:i+"/"+l+"/thumbnailUrl",schemaPath:"#/items/properties/thumbnailUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.items.properties.thumbnailUrl.type,parentSchema:p.items.properties.thumbnailUrl,data:o};e===null?e=[d]:e.push(d),t++}}a.key!==void 0&&(q(a.key,{instancePath:i+"/"+l+"/key",parentData:a,parentDataProperty:"key",rootData:c})||(e=e===null?q.errors:e.concat(q.errors),t=e.length))}}}else{let h={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:p.type,parentSchema:p,data:n};e===null?e=[h]:e.push(h),t++}return A.errors=e,t===0}function C(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;return A(n,{instancePath:i,parentData:f,parentDataProperty:u,rootData:c})||(e=e===null?A.errors:e.concat(A.errors),t=e.length),C.errors=e,t===0}
