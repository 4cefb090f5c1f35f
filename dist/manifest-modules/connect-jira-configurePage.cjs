"use strict";var V=(t,o)=>()=>{try{return o||t((o={exports:{}}).exports,o),o.exports}catch(y){throw o=0,y}};var U=V(N=>{"use strict";Object.defineProperty(N,"__esModule",{value:!0});function E(t){let o=t.length,y=0,m=0,d;for(;m<o;)y++,d=t.charCodeAt(m++),d>=55296&&d<=56319&&m<o&&(d=t.charCodeAt(m),(d&64512)===56320&&m++);return y}N.default=E;E.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=L;module.exports.default=L;var c={type:"array",items:{properties:{icon:{$ref:"#/definitions/icon",fieldDescription:`

An optional icon to display with the link text or as the link, specified by URL to its hosted location.
  You can specify a particular width and height for the icon. Most link icons in Atlassian applications
  are 16 by 16 pixels.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},weight:{type:"integer",fieldDescription:`

Determines the order in which the page's link appears in the menu or list.

 The "lightest" weight (i.e., lowest number) appears first, rising relative to other items,
 while the "heaviest" weights sink to the bottom of the menu or list.

 Built-in web items have weights that are incremented by numbers that leave room for additional
 items, such as by 10 or 100. Be mindful of the weight you choose for your item, so that it appears
 in a sensible order given existing items.

`,defaultValue:"100"},fullPage:{type:"boolean",fieldDescription:`

Allows the add-on to explicitly request any product-added header, margins or padding be removed.
 Currently only takes affect on:
 <ul>
     <li>Confluence Admin Pages</li>
     <li>Confluence Configure Pages</li>
 </ul>

`,defaultValue:"false"},cacheable:{type:"boolean",fieldDescription:`

Returns whether the URL should be cacheable. Cacheable URLs are taken directly from the add-on descriptor, and
 lack all additional query parameters:
 <ul>
     <li>standard iframe query parameters</li>
     <li>product context parameters</li>
     <li>JWT token</li>
 </ul>

`,defaultValue:"false"},location:{maxLength:100,type:"string",fieldDescription:`

The location in the application interface where the page's link should appear. For the Atlassian application
 interface, a location is something like the coordinates on a map. It points to a particular drop-down menu or
 navigation list in the UI.

 Places in the Atlassian UI are identified by what are known as "well-known locations."
 For example, the "system.admin/globalsettings" location is in the administrative
 menu link on the left side of the Administration Console.

 Find product locations with the web fragment finder:

 <ul>
  <li><a href="https://marketplace.atlassian.com/plugins/com.wittified.webfragment-finder/cloud/overview">Jira Locations</a></li>
  <li><a href="https://marketplace.atlassian.com/plugins/com.wittified.webfragment-finder-confluence/cloud/overview">Confluence locations</a></li>
 </ul>

 If the <code>location</code> property is not specified, a default location is used:

 Jira:

 <ul>
 <li><code>generalPage</code>: system.top.navigation.bar</li>
 <li><code>adminPage</code>: advanced\\_menu\\_section/advanced_section</li>
 </ul>

 Confluence:

 <ul>
 <li><code>generalPage</code>: system.help/pages</li>
 <li><code>adminPage</code>: system.admin/marketplace_confluence</li>
 </ul>

 You may wish to have no link to the page shown anywhere - for example, if you are using the page as the
 target of a <a href="../../jsapi/dialog/">JavaScript API dialog</a>.
 In this case, set the value of <code>location</code> to "none".

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array",fieldDescription:`

Conditions can be added to display only when all the given conditions are true.

The supported conditions for pages are:

<strong>Common conditions</strong>

<ul>
    <li><code>addon_property_exists</code></li>
    <li><code>addon_property_equal_to</code></li>
    <li><code>addon_property_equal_to_context</code></li>
    <li><code>addon_property_contains_any</code></li>
    <li><code>addon_property_contains_all</code></li>
    <li><code>addon_property_contains_context</code></li>
    <li><code>addon_property_contains_any_user_group</code></li>
    <li><code>user_is_admin</code></li>
    <li><code>user_is_logged_in</code></li>
    <li><code>user_is_sysadmin</code></li>
    <li><code>addon_is_licensed</code></li>
    <li><code>feature_flag</code></li>
</ul>

<strong>Jira conditions</strong>

<ul>
    <li><code>entity_property_exists</code></li>
    <li><code>entity_property_equal_to</code></li>
    <li><code>entity_property_equal_to_context</code></li>
    <li><code>entity_property_contains_any</code></li>
    <li><code>entity_property_contains_all</code></li>
    <li><code>entity_property_contains_context</code></li>
    <li><code>entity_property_contains_any_user_group</code></li>
    <li><code>can_use_application</code></li>
    <li><code>project_type</code></li>
    <li><code>has_global_permission</code></li>
</ul>

<strong>Confluence conditions</strong>

<ul>
    <li><code>content_property_exists</code></li>
    <li><code>content_property_equal_to</code></li>
    <li><code>content_property_equal_to_context</code></li>
    <li><code>content_property_contains_any</code></li>
    <li><code>content_property_contains_all</code></li>
    <li><code>content_property_contains_context</code></li>
    <li><code>content_property_contains_any_user_group</code></li>
    <li><code>space_property_exists</code></li>
    <li><code>space_property_equal_to</code></li>
    <li><code>space_property_equal_to_context</code></li>
    <li><code>space_property_contains_any</code></li>
    <li><code>space_property_contains_all</code></li>
    <li><code>space_property_contains_context</code></li>
    <li><code>space_property_contains_any_user_group</code></li>
</ul>

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

The url to retrieve the content from.
 This must be relative to the add-on's baseUrl.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","url","key"],not:{required:["unlicensedAccess"]}},minItems:1},g={properties:{width:{type:"integer",fieldDescription:`

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


`};function C(t,{instancePath:o="",parentData:y,parentDataProperty:m,rootData:d=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.url===void 0){let i={instancePath:o,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:g.required,parentSchema:g,data:t};e===null?e=[i]:e.push(i),n++}if(t.width!==void 0){let i=t.width;if(!(typeof i=="number"&&!(i%1)&&!isNaN(i))){let r={instancePath:o+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:g.properties.width.type,parentSchema:g.properties.width,data:i};e===null?e=[r]:e.push(r),n++}}if(t.url!==void 0){let i=t.url;if(typeof i!="string"){let r={instancePath:o+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.url.type,parentSchema:g.properties.url,data:i};e===null?e=[r]:e.push(r),n++}}if(t.height!==void 0){let i=t.height;if(!(typeof i=="number"&&!(i%1)&&!isNaN(i))){let r={instancePath:o+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:g.properties.height.type,parentSchema:g.properties.height,data:i};e===null?e=[r]:e.push(r),n++}}}else{let i={instancePath:o,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:t};e===null?e=[i]:e.push(i),n++}return C.errors=e,n===0}var _={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},T=U().default;function A(t,{instancePath:o="",parentData:y,parentDataProperty:m,rootData:d=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.value===void 0){let i={instancePath:o,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:_.required,parentSchema:_,data:t};e===null?e=[i]:e.push(i),n++}if(t.value!==void 0){let i=t.value;if(typeof i=="string"){if(T(i)>1500){let r={instancePath:o+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:_.properties.value,data:i};e===null?e=[r]:e.push(r),n++}}else{let r={instancePath:o+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:_.properties.value.type,parentSchema:_.properties.value,data:i};e===null?e=[r]:e.push(r),n++}}if(t.i18n!==void 0){let i=t.i18n;if(typeof i=="string"){if(T(i)>300){let r={instancePath:o+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:_.properties.i18n,data:i};e===null?e=[r]:e.push(r),n++}}else{let r={instancePath:o+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:_.properties.i18n.type,parentSchema:_.properties.i18n,data:i};e===null?e=[r]:e.push(r),n++}}}else{let i={instancePath:o,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:_.type,parentSchema:_,data:t};e===null?e=[i]:e.push(i),n++}return A.errors=e,n===0}var f={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function x(t,{instancePath:o="",parentData:y,parentDataProperty:m,rootData:d=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.condition===void 0){let i={instancePath:o,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:f.required,parentSchema:f,data:t};e===null?e=[i]:e.push(i),n++}if(t.condition!==void 0){let i=t.condition;if(typeof i=="string"){if(T(i)>100){let r={instancePath:o+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:f.properties.condition,data:i};e===null?e=[r]:e.push(r),n++}}else{let r={instancePath:o+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.condition.type,parentSchema:f.properties.condition,data:i};e===null?e=[r]:e.push(r),n++}}if(t.invert!==void 0){let i=t.invert;if(typeof i!="boolean"){let r={instancePath:o+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:f.properties.invert.type,parentSchema:f.properties.invert,data:i};e===null?e=[r]:e.push(r),n++}}if(t.params!==void 0){let i=t.params;if(!(i&&typeof i=="object"&&!Array.isArray(i))){let r={instancePath:o+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.properties.params.type,parentSchema:f.properties.params,data:i};e===null?e=[r]:e.push(r),n++}}}else{let i={instancePath:o,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:t};e===null?e=[i]:e.push(i),n++}return x.errors=e,n===0}var u={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},R={validate:L};function q(t,{instancePath:o="",parentData:y,parentDataProperty:m,rootData:d=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.conditions!==void 0){let r=t.conditions;if(Array.isArray(r)){let h=r.length;for(let p=0;p<h;p++){let s=r[p];if(!(s&&typeof s=="object"&&!Array.isArray(s))){let l={instancePath:o+"/conditions/"+p,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.properties.conditions.items.type,parentSchema:u.properties.conditions.items,data:s};e===null?e=[l]:e.push(l),n++}let w=n,v=!1,a=n;R.validate(s,{instancePath:o+"/conditions/"+p,parentData:r,parentDataProperty:p,rootData:d})||(e=e===null?R.validate.errors:e.concat(R.validate.errors),n=e.length);var i=a===n;if(v=v||i,!v){let l=n;x(s,{instancePath:o+"/conditions/"+p,parentData:r,parentDataProperty:p,rootData:d})||(e=e===null?x.errors:e.concat(x.errors),n=e.length);var i=l===n;v=v||i}if(v)n=w,e!==null&&(w?e.length=w:e=null);else{let l={instancePath:o+"/conditions/"+p,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:u.properties.conditions.items.anyOf,parentSchema:u.properties.conditions.items,data:s};e===null?e=[l]:e.push(l),n++}}}else{let h={instancePath:o+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:u.properties.conditions.type,parentSchema:u.properties.conditions,data:r};e===null?e=[h]:e.push(h),n++}}if(t.type!==void 0){let r=t.type;if(typeof r!="string"){let h={instancePath:o+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:u.properties.type.type,parentSchema:u.properties.type,data:r};e===null?e=[h]:e.push(h),n++}if(!(r==="and"||r==="AND"||r==="or"||r==="OR")){let h={instancePath:o+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:u.properties.type.enum},message:"must be equal to one of the allowed values",schema:u.properties.type.enum,parentSchema:u.properties.type,data:r};e===null?e=[h]:e.push(h),n++}}}else{let r={instancePath:o,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.type,parentSchema:u,data:t};e===null?e=[r]:e.push(r),n++}return q.errors=e,n===0}var $={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},M=new RegExp("^[a-zA-Z0-9_-]+$","u");function j(t,{instancePath:o="",parentData:y,parentDataProperty:m,rootData:d=t}={}){let e=null,n=0;if(typeof t=="string"){if(!M.test(t)){let i={instancePath:o,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:$,data:t};e===null?e=[i]:e.push(i),n++}}else{let i={instancePath:o,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:$.type,parentSchema:$,data:t};e===null?e=[i]:e.push(i),n++}return j.errors=e,n===0}function S(t,{instancePath:o="",parentData:y,parentDataProperty:m,rootData:d=t}={}){let e=null,n=0;if(Array.isArray(t)){if(t.length<1){let p={instancePath:o,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:c,data:t};e===null?e=[p]:e.push(p),n++}let h=t.length;for(let p=0;p<h;p++){let s=t[p],w=n,v=n;if(s&&typeof s=="object"&&!Array.isArray(s)){let a;if(s.unlicensedAccess===void 0&&(a="unlicensedAccess")){let l={};e===null?e=[l]:e.push(l),n++}}var i=v===n;if(i){let a={instancePath:o+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:c.items.not,parentSchema:c.items,data:s};e===null?e=[a]:e.push(a),n++}else n=w,e!==null&&(w?e.length=w:e=null);if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.name===void 0){let a={instancePath:o+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:c.items.required,parentSchema:c.items,data:s};e===null?e=[a]:e.push(a),n++}if(s.url===void 0){let a={instancePath:o+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:c.items.required,parentSchema:c.items,data:s};e===null?e=[a]:e.push(a),n++}if(s.key===void 0){let a={instancePath:o+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:c.items.required,parentSchema:c.items,data:s};e===null?e=[a]:e.push(a),n++}if(s.icon!==void 0&&(C(s.icon,{instancePath:o+"/"+p+"/icon",parentData:s,parentDataProperty:"icon",rootData:d})||(e=e===null?C.errors:e.concat(C.errors),n=e.length)),s.name!==void 0&&(A(s.name,{instancePath:o+"/"+p+"/name",parentData:s,parentDataProperty:"name",rootData:d})||(e=e===null?A.errors:e.concat(A.errors),n=e.length)),s.weight!==void 0){let a=s.weight;if(!(typeof a=="number"&&!(a%1)&&!isNaN(a))){let l={instancePath:o+"/"+p+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:c.items.properties.weight.type,parentSchema:c.items.properties.weight,data:a};e===null?e=[l]:e.push(l),n++}}if(s.fullPage!==void 0){let a=s.fullPage;if(typeof a!="boolean"){let l={instancePath:o+"/"+p+"/fullPage",schemaPath:"#/items/properties/fullPage/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:c.items.properties.fullPage.type,parentSchema:c.items.properties.fullPage,data:a};e===null?e=[l]:e.push(l),n++}}if(s.cacheable!==void 0){let a=s.cacheable;if(typeof a!="boolean"){let l={instancePath:o+"/"+p+"/cacheable",schemaPath:"#/items/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:c.items.properties.cacheable.type,parentSchema:c.items.properties.cacheable,data:a};e===null?e=[l]:e.push(l),n++}}if(s.location!==void 0){let a=s.location;if(typeof a=="string"){if(T(a)>100){let l={instancePath:o+"/"+p+"/location",schemaPath:"#/items/properties/location/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:c.items.properties.location,data:a};e===null?e=[l]:e.push(l),n++}}else{let l={instancePath:o+"/"+p+"/location",schemaPath:"#/items/properties/location/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.location.type,parentSchema:c.items.properties.location,data:a};e===null?e=[l]:e.push(l),n++}}if(s.conditions!==void 0){let a=s.conditions;if(Array.isArray(a)){let l=a.length;for(let b=0;b<l;b++){let k=a[b];if(!(k&&typeof k=="object"&&!Array.isArray(k))){let P={instancePath:o+"/"+p+"/conditions/"+b,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.items.properties.conditions.items.type,parentSchema:c.items.properties.conditions.items,data:k};e===null?e=[P]:e.push(P),n++}let O=n,D=!1,I=n;x(k,{instancePath:o+"/"+p+"/conditions/"+b,parentData:a,parentDataProperty:b,rootData:d})||(e=e===null?x.errors:e.concat(x.errors),n=e.length);var r=I===n;if(D=D||r,!D){let P=n;q(k,{instancePath:o+"/"+p+"/conditions/"+b,parentData:a,parentDataProperty:b,rootData:d})||(e=e===null?q.errors:e.concat(q.errors),n=e.length);var r=P===n;D=D||r}if(D)n=O,e!==null&&(O?e.length=O:e=null);else{let P={instancePath:o+"/"+p+"/conditions/"+b,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:c.items.properties.conditions.items.anyOf,parentSchema:c.items.properties.conditions.items,data:k};e===null?e=[P]:e.push(P),n++}}}else{let l={instancePath:o+"/"+p+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.items.properties.conditions.type,parentSchema:c.items.properties.conditions,data:a};e===null?e=[l]:e.push(l),n++}}if(s.params!==void 0){let a=s.params;if(!(a&&typeof a=="object"&&!Array.isArray(a))){let l={instancePath:o+"/"+p+"/params",schemaPath:"#/items/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.items.properties.params.type,parentSchema:c.items.properties.params,data:a};e===null?e=[l]:e.push(l),n++}}if(s.url!==void 0){let a=s.url;if(typeof a!="string"){let l={instancePath:o+"/"+p+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.url.type,parentSchema:c.items.properties.url,data:a};e===null?e=[l]:e.push(l),n++}}s.key!==void 0&&(j(s.key,{instancePath:o+"/"+p+"/key",parentData:s,parentDataProperty:"key",rootData:d})||(e=e===null?j.errors:e.concat(j.errors),n=e.length))}}}else{let h={instancePath:o,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.type,parentSchema:c,data:t};e===null?e=[h]:e.push(h),n++}return S.errors=e,n===0}function L(t,{instancePath:o="",parentData:y,parentDataProperty:m,rootData:d=t}={}){let e=null,n=0;return S(t,{instancePath:o,parentData:y,parentDataProperty:m,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),n=e.length),L.errors=e,n===0}
