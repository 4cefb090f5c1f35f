"use strict";module.exports=b;module.exports.default=b;var r={type:"array",items:{properties:{installed:{type:"string",fieldDescription:`

When a Connect add-on is installed, a synchronous request is fired to this URL to initiate the installation
 handshake. In order to successfully complete installation, the add-on must respond with either a
 <code>200 OK</code> or <code>204 No Content</code> status.

<div class="aui-message warning">
    <p class="title">
        <span class="aui-icon icon-warning">Warning</span>
        <strong>Important</strong>
    </p>
    Upon successful registration, the add-on must return either a <code>200 OK</code> or <code>204 No Content</code>
    response code, otherwise the operation will fail and the installation will be marked as incomplete.
</div>

`},disabled:{type:"string",fieldDescription:`

Fires when an add on has been successfully disabled. This is an asynchronous notification event.

`},"dare-migration":{type:"string",fieldDescription:`

Used DaRe app migration service to trigger migrations events

`},uninstalled:{type:"string",fieldDescription:`

Fires when an add on has been successfully un-installed. This is an asynchronous notification event.

`},enabled:{type:"string",fieldDescription:`

Fires when an add on has been successfully enabled. This is an asynchronous notification event.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["key"],not:{required:["unlicensedAccess"]}},minItems:1},g={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},k=new RegExp("^[a-zA-Z0-9_-]+$","u");function m(a,{instancePath:o="",parentData:h,parentDataProperty:y,rootData:p=a}={}){let e=null,n=0;if(typeof a=="string"){if(!k.test(a)){let d={instancePath:o,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:g,data:a};e===null?e=[d]:e.push(d),n++}}else{let d={instancePath:o,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.type,parentSchema:g,data:a};e===null?e=[d]:e.push(d),n++}return m.errors=e,n===0}function u(a,{instancePath:o="",parentData:h,parentDataProperty:y,rootData:p=a}={}){let e=null,n=0;if(Array.isArray(a)){if(a.length<1){let l={instancePath:o,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:r,data:a};e===null?e=[l]:e.push(l),n++}let c=a.length;for(let l=0;l<c;l++){let t=a[l],f=n,w=n;if(t&&typeof t=="object"&&!Array.isArray(t)){let s;if(t.unlicensedAccess===void 0&&(s="unlicensedAccess")){let i={};e===null?e=[i]:e.push(i),n++}}var d=w===n;if(d){let s={instancePath:o+"/"+l,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:r.items.not,parentSchema:r.items,data:t};e===null?e=[s]:e.push(s),n++}else n=f,e!==null&&(f?e.length=f:e=null);if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.key===void 0){let s={instancePath:o+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:r.items.required,parentSchema:r.items,data:t};e===null?e=[s]:e.push(s),n++}if(t.installed!==void 0){let s=t.installed;if(typeof s!="string"){let i={instancePath:o+"/"+l+"/installed",schemaPath:"#/items/properties/installed/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.installed.type,parentSchema:r.items.properties.installed,data:s};e===null?e=[i]:e.push(i),n++}}if(t.disabled!==void 0){let s=t.disabled;if(typeof s!="string"){let i={instancePath:o+"/"+l+"/disabled",schemaPath:"#/items/properties/disabled/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.disabled.type,parentSchema:r.items.properties.disabled,data:s};e===null?e=[i]:e.push(i),n++}}if(t["dare-migration"]!==void 0){let s=t["dare-migration"];if(typeof s!="string"){let i={instancePath:o+"/"+l+"/dare-migration",schemaPath:"#/items/properties/dare-migration/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties["dare-migration"].type,parentSchema:r.items.properties["dare-migration"],data:s};e===null?e=[i]:e.push(i),n++}}if(t.uninstalled!==void 0){let s=t.uninstalled;if(typeof s!="string"){let i={instancePath:o+"/"+l+"/uninstalled",schemaPath:"#/items/properties/uninstalled/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.uninstalled.type,parentSchema:r.items.properties.uninstalled,data:s};e===null?e=[i]:e.push(i),n++}}if(t.enabled!==void 0){let s=t.enabled;if(typeof s!="string"){let i={instancePath:o+"/"+l+"/enabled",schemaPath:"#/items/properties/enabled/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.enabled.type,parentSchema:r.items.properties.enabled,data:s};e===null?e=[i]:e.push(i),n++}}t.key!==void 0&&(m(t.key,{instancePath:o+"/"+l+"/key",parentData:t,parentDataProperty:"key",rootData:p})||(e=e===null?m.errors:e.concat(m.errors),n=e.length))}}}else{let c={instancePath:o,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:r.type,parentSchema:r,data:a};e===null?e=[c]:e.push(c),n++}return u.errors=e,n===0}function b(a,{instancePath:o="",parentData:h,parentDataProperty:y,rootData:p=a}={}){let e=null,n=0;return u(a,{instancePath:o,parentData:h,parentDataProperty:y,rootData:p})||(e=e===null?u.errors:e.concat(u.errors),n=e.length),b.errors=e,n===0}
