"use strict";var se=(p,n)=>()=>{try{return n||p((n={exports:{}}).exports,n),n.exports}catch(A){throw n=0,A}};var re=se(X=>{"use strict";Object.defineProperty(X,"__esModule",{value:!0});function te(p){let n=p.length,A=0,S=0,w;for(;S<n;)A++,w=p.charCodeAt(S++),w>=55296&&w<=56319&&S<n&&(w=p.charCodeAt(S),(w&64512)===56320&&S++);return A}X.default=te;te.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=ee;module.exports.default=ee;var t={type:"array",items:{properties:{bodyType:{enum:["rich-text","RICH-TEXT","plain-text","PLAIN-TEXT","none","NONE"],type:"string",fieldDescription:`

The type of body content, if any, for this macro.

`,defaultValue:"none"},editor:{properties:{insertTitle:{$ref:"#/definitions/i18nProperty",fieldDescription:`

An optional title that will be shown in the edit dialog header for a new macro.

`},editTitle:{$ref:"#/definitions/i18nProperty",fieldDescription:`

An optional title that will be shown in the edit dialog header for an existing macro.

`},width:{maxLength:10,type:"string",fieldDescription:"\n\nThe preferred width of the edit dialog, e.g. ``500px``.\n\n"},cacheable:{type:"boolean",fieldDescription:`

Returns whether the URL should be cacheable. Cacheable URLs are taken directly from the add-on descriptor, and
 lack all additional query parameters:
 <ul>
     <li>standard iframe query parameters</li>
     <li>product context parameters</li>
     <li>JWT token</li>
 </ul>

`,defaultValue:"false"},url:{type:"string",fieldDescription:`

The URL to the macro configuration page in the add-on.

`},height:{maxLength:10,type:"string",fieldDescription:"\n\nThe preferred height of the edit dialog, e.g. ``300px``.\n\n"}},required:["url"],shortClassName:"macroEditorBean",type:"object",title:"Macro Editor",description:`

Macro Parameters go a long way when it comes to macro configuration, but there are cases
 when a macro add-on needs more control over the UI.

 Defining a Macro Editor allows you to implement a custom UI for the macro, by specifying a
 URL to a page in your add-on which will be shown in the dialog iFrame.

 In order to persist custom data in your macro editor, use the Javascript
 [Confluence API](../../jsapi/confluence/) and the [Dialog API](../../jsapi/dialog/).
 For example:


    AP.require(["confluence", "dialog"], function (confluence, dialog) {
        function onSubmit() {
            var macroParams = {
                myParameter: value
            };
            confluence.saveMacro(macroParams);
            confluence.closeMacroEditor();
            return true;
        }

        dialog.getButton("submit").bind(onSubmit);
    });

 In order to retrieve the custom data again when the editor is opened, use \`confluence.getMacroData\` (see
 [Confluence API](../../jsapi/confluence/)):

    AP.require("confluence", function (confluence) {
        var macroData = confluence.getMacroData(function(macroParams) {
            doSomethingWith(macroParams.myParameter);
        });
    });

 <p><b>Example</b></p>





    {
      "editor": {
        "url": "/map-editor",
        "editTitle": {
          "value": "Edit Map"
        },
        "insertTitle": {
          "value": "Insert Map"
        }
      }
    }


`,fieldDescription:`

The configuration of a custom macro editor. This is useful if the parameter input field types are
 not sufficient to configure the macro.

`},featured:{type:"boolean",fieldDescription:`

Whether the macro should be "featured", meaning having an additional link in the "Insert More Content" menu in the editor toolbar.

`,defaultValue:"false"},aliases:{items:{maxLength:100,type:"string"},type:"array",fieldDescription:`

Define aliases for the macro. The macro browser will open for the defined aliases as if it were this macro.

`},hidden:{type:"boolean",fieldDescription:`

If set to true, the macro will not appear in the macro browser.

`,defaultValue:"false"},documentation:{$ref:"#/definitions/link",fieldDescription:`

A link to the documentation for the macro.

`},icon:{$ref:"#/definitions/icon",fieldDescription:`

A link to the icon resource (80x80 pixels) that will be shown in the macro selection dialog.
 The URL can be absolute or relative to the add-on base URL.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A description of the macro's functionality.

`},outputType:{enum:["block","BLOCK","inline","INLINE"],type:"string",fieldDescription:`

How this macro should be placed along side other page content.

`,defaultValue:"block"},url:{type:"string",fieldDescription:`

The link to the add-on resource that provides the macro content.
 This URL has to be relative to the add-on base URL.

 Additional context parameters can be passed as variables in the URL:
 <pre><code>
 {
   "url": "/macro-renderer?body={macro.body}&amp;space_id={space.id}&amp;page_id={page.id}"
 }
 </code></pre>

 Since macro bodies can be of arbitrary size and may contain sensitive data, care must be taken
 as to how its passed to your connect add-on.  You have three options to gain access to the body:

 - If you can predict the size of your body and it is consistently less than 128 characters, you
 can include it in the GET request using the \`{macro.body}\` parameter.
 - If you know your macro contains a body that will often exceed the 128 character threshold
 (or is known to contain sensitive data), then you can include the \`{macro.id}\` parameter and
 use the Confluence REST api to call back to collect the body.
 - If you want, you can include, \`{macro.body}\`, \`{macro.id}\`, and \`{macro.truncated}\`. This way
 your plugin can call back to confluence only if \`{macro.truncated}\` is '\`true\`'.  This will allow
 you to skip the callback if it's not needed.  This would be useful for macros that don't
 contain sensitive data of an unpredictable size.


__Note:__ If you include the \`{macro.body}\` in your URL you are potentially leaking sensitive data
 to any intermediate host on the internet.  This may result in the body being cached or indexed
 by a third party.  If you are concerned about the security of your macro, you should always use
 the \`{macro.id}\` and use the Confluence REST API to collect the body.

 Here's an example:

 Declare the variables that are later required to fetch the macro content in the URL:
 <pre><code>
 {
   "url": "/render-macro?pageId={page.id}&amp;pageVersion={page.version}&amp;macroId={macro.id}"
 }
 </code></pre>

 Then use the Confluence REST API to collect the body, for example directly from the iframe:
 <pre><code>
 AP.require("request", function(request) {
     var pageId = getUrlParameter("pageId");
     var pageVersion = getUrlParameter("pageVersion");
     var macroId = getUrlParameter("macroId");
     request({
         url: "/rest/api/content/" + pageId +
              "/history/" + pageVersion +
              "/macro/id/" + macroId,
         success: function(response) {
             var macro = JSON.parse(response);
             process(macro.body);
         }
     });
 });
 </code></pre>

 __Preview Mode:__ If you use the \`{macro.id}\` in your URL, the REST api will not return the macro body during
 a preview request, because the page has not been saved yet. You can use the \`{output.type}\` parameter to detect
 whether the macro is rendered in preview mode and adapt the response accordingly.

 __Note:__ \`macro.body\` will not be truncated when \`renderingMethod\` field was set to \`POST\` in static content macro.
 Refer to the [\`Static Content Macros\`](../static-content-macro/) for information on
 how to set this field.

 Currently supported variables for macros are:

 - \`macro.hash\`: The hash of the macro body (deprecated, use the macro.id)
 - \`macro.id\`: The id of the macro
 - \`macro.body\`: The macro body, truncated to 128 characters
 - \`macro.truncated\`: True if the macro body was truncated, false of not
 - \`page.id\`: The page ID, e.g. \`1376295\`
 - \`page.title\`: The page title, e.g. \`My Page\`
 - \`page.type\`: The page type, e.g. \`page\`
 - \`page.version\`: The page version, e.g. \`6\`
 - \`space.id\`: The space ID, e.g. \`65537\`
 - \`space.key\`: The space key, e.g. \`AC\`
 - \`user.id\`: The user ID, e.g. \`admin\`  (deprecated in GDPR mode)
 - \`user.key\`: The user key, e.g. \`ff80808143087d180143087d3a910004\` (deprecated in GDPR mode)
 - \`output.type\`: The output type, e.g. \`display\` or \`preview\`

Context parameters for macros are also required in the URL. Please see the
 [Macro Input Parameter](../macro-input-parameter/) documentation for details.

`},propertyPanel:{properties:{controls:{items:{type:"object",anyOf:[{properties:{controls:{items:{properties:{macroParameterValue:{maxLength:1e4,type:"string",fieldDescription:`

The value that will be assigned to a macro parameter when this toggle is clicked

`},label:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Text which will appear inside the button

`},type:{enum:["togglebutton","TOGGLEBUTTON"],type:"string",fieldDescription:`

The type field must be set to 'togglebutton'

`},key:{pattern:"^[a-zA-Z0-9-]+$",maxLength:100,type:"string",fieldDescription:`

A key to identify the control. Keys must only contain alphanumeric characters and dashes, and must be unique

`}},required:["macroParameterValue","label","type","key"],additionalProperties:!0,shortClassName:"macroToggleButtonControlBean",type:"object",title:"ToggleButtonControl",description:`

Defines a toggle button which appears inside a ToggleGroup

 <p><b>Example</b></p>





    {
      "type": "togglebutton",
      "macroParameterValue": "macroParameterValue 0",
      "label": {
        "value": "My Custom Control 0"
      },
      "key": "my-custom-toggle-button-0"
    }


`},type:"array",fieldDescription:`

Toggle buttons which will appear in the toggle group

`},macroParameter:{pattern:"[-_a-z0-9\\.]+",maxLength:100,type:"string",fieldDescription:`

The macro parameter identifier used to store the toggle state.
 It must only contain lowercase alphanumeric characters, dashes, underscores, dots and must not contain any spaces.

`},type:{enum:["togglegroup","TOGGLEGROUP"],type:"string",fieldDescription:`

The type field must be set to 'togglegroup'

`}},required:["controls","macroParameter","type"],shortClassName:"macroToggleGroupBean",type:"object",title:"ToggleGroup",description:`

Defines a ToggleGroup which may appear in control extension points such as the property panel

 <p><b>Example</b></p>





    [
      {
        "type": "togglegroup",
        "macroParameter": "toggleGroupMacroParameter",
        "controls": [
          {
            "type": "togglebutton",
            "macroParameterValue": "macroParameterValue 0",
            "label": {
              "value": "My Custom Control 0"
            },
            "key": "my-custom-toggle-button-0"
          },
          {
            "type": "togglebutton",
            "macroParameterValue": "macroParameterValue 1",
            "label": {
              "value": "My Custom Control 1"
            },
            "key": "my-custom-toggle-button-1"
          }
        ]
      }
    ]


`},{properties:{label:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Text which will appear inside the button

`},type:{enum:["button","BUTTON"],type:"string",fieldDescription:`

The type field must be set to 'button'

`},key:{pattern:"^[a-zA-Z0-9-]+$",maxLength:100,type:"string",fieldDescription:`

A key to identify the control. Keys must only contain alphanumeric characters and dashes, and must be unique

`}},required:["label","type","key"],additionalProperties:!0,shortClassName:"buttonControlBean",type:"object",title:"ButtonControl",description:`

Defines a button which may appear in control extension points such as the property panel

 <p><b>Example</b></p>





    {
      "type": "button",
      "label": {
        "value": "My Custom Control 0"
      },
      "key": "my-custom-control-0"
    }


`},{properties:{macroParameter:{maxLength:100,type:"string",fieldDescription:`

The Macro Parameter identifier used to store the text

`},type:{enum:["text","TEXT"],type:"string",fieldDescription:`

The type field must be set to 'text'

`},key:{pattern:"^[a-zA-Z0-9-]+$",maxLength:100,type:"string",fieldDescription:`

A key to identify this module.

 This key must be unique relative to the add on, with the exception of Confluence macros: Their keys need to be
 globally unique.

 Keys must only contain alphanumeric characters and dashes.

 The key is used to generate the url to your add-on's module. The url is generated as a combination of your add-on
 key and module key. For example, an add-on which looks like:

    {
        "key": "my-addon",
        "modules": {
            "configurePage": {
                "key": "configure-me",
            }
        }
    }

 Will have a configuration page module with a URL of \`/plugins/servlet/ac/my-addon/configure-me\`.

`}},required:["macroParameter","type","key"],shortClassName:"textControlBean",type:"object",title:"TextControl",description:`

Defines a text field which may appear in control extension points such as the property panel

 <p><b>Example</b></p>





    {
      "type": "button",
      "label": {
        "value": "My Custom Control 0"
      },
      "key": "my-custom-control-0"
    }


`},{properties:{controls:{items:{properties:{label:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Text which will appear inside the button

`},type:{enum:["button","BUTTON"],type:"string",fieldDescription:`

The type field must be set to 'button'

`},key:{pattern:"^[a-zA-Z0-9-]+$",maxLength:100,type:"string",fieldDescription:`

A key to identify the control. Keys must only contain alphanumeric characters and dashes, and must be unique

`}},required:["label","type","key"],additionalProperties:!0,shortClassName:"buttonControlBean",type:"object",title:"ButtonControl",description:`

Defines a button which may appear in control extension points such as the property panel

 <p><b>Example</b></p>





    {
      "type": "button",
      "label": {
        "value": "My Custom Control 0"
      },
      "key": "my-custom-control-0"
    }


`},type:"array",fieldDescription:`

Controls which will appear in the control group

`},type:{enum:["group","GROUP"],type:"string",fieldDescription:`

The type field must be set to 'group'

`}},required:["controls","type"],shortClassName:"controlGroupBean",type:"object",title:"ControlGroup",description:`

Defines a ControlGroup which may appear in control extension points such as the property panel

 <p><b>Example</b></p>





    [
      {
        "type": "group",
        "controls": [
          {
            "type": "button",
            "label": {
              "value": "My Custom Control 0"
            },
            "key": "my-custom-control-0"
          },
          {
            "type": "button",
            "label": {
              "value": "My Custom Control 1"
            },
            "key": "my-custom-control-1"
          }
        ]
      }
    ]


`}]},type:"array",fieldDescription:`

List of controls which will be added to the macro property panel

`},cacheable:{type:"boolean",fieldDescription:`

Returns whether the URL should be cacheable. Cacheable URLs are taken directly from the add-on descriptor, and
 lack all additional query parameters:
 <ul>
     <li>standard iframe query parameters</li>
     <li>product context parameters</li>
     <li>JWT token</li>
 </ul>

`,defaultValue:"false"},url:{type:"string",fieldDescription:`

The URL of the add-on endpoint which will be served as a hidden iframe inside the property panel

`}},required:["url"],shortClassName:"macroPropertyPanelBean",type:"object",title:"Macro Property Panel",description:`

Defining a Macro Property panel allows you to add a hidden iframe to your macro's
 property panel. The iframe is loaded as soon as the property panel is opened.

 In order to persist custom data using your property panel, use the Javascript
 <a href="../../jsapi/confluence/">Confluence API</a>.
 For example:

    AP.require(["confluence"], function (confluence) {
        var macroParams = {
            myParameter: value
        };
        confluence.saveMacro(macroParams);
    });

 In order to retrieve the custom data again when the property panel is opened, use \`confluence.getMacroData\` (see
 <a href="../../jsapi/confluence/">Confluence API</a>):

    AP.require("confluence", function (confluence) {
        var macroData = confluence.getMacroData(function(macroParams) {
            doSomethingWith(macroParams.myParameter);
        });
    });

 Dialogs may also be created. Use \`dialog.create\` (see
 <a href="../../jsapi/dialog/">Dialog API</a>):

    AP.require('dialog', function(dialog) {
        dialog.create({
            key: 'my-module-key',
            width: '500px',
            height: '200px',
            chrome: true
        }).on("close", callbackFunc);
    });

`,fieldDescription:`

The configuration of a property panel. Specify a hidden iframe to be loaded in the macro's property panel.

`},autoconvert:{$ref:"#/definitions/autoconvert",fieldDescription:`

URL patterns associated with this macro. If a URL matching a defined pattern is pasted into the editor, this macro
  will be created and will replace the URL string.

`},imagePlaceholder:{$ref:"#/definitions/imagePlaceholder",fieldDescription:`

The image rendered in the editor as the macro placeholder. It can only be used with bodyless macros and will behave
 just like a regular macro placeholder. Any parameter changes in the macro browser will cause the image
 to be reloaded - so that changes can be seen.

`},renderingMethod:{enum:["get","GET","post","POST"],type:"string",fieldDescription:`

HTTP method that will be used in the HTTP request.

 For example: <br>
 If the rendering method was set to POST like this:
 <pre><code>
 {
     "renderingMethod": "POST",
     "url": "/macro-renderer?body={macro.body}"
 }
 </code></pre>

 Then Confluence will send a POST request to <code>/macro-renderer</code> like:<br>
 <pre><code>
   POST /macro-renderer HTTP/1.1
   Authorization: JWT &lt;JWT token&gt;
   Content-Type: application/x-www-form-urlencoded
   Transfer-Encoding: chunked
   Host: &lt;host&gt;
   User-Agent: Atlassian HttpClient &lt;atlassian http client version&gt; / Confluence-&lt;confluence version&gt; / Atlassian-Connect/&lt;connect version&gt;

   body=&lt;macro body&gt;&amp;&lt;some value&gt;&amp;pageVersion=&lt;some value&gt;&amp;tz=&lt;some value&gt;&amp;lic=&lt;some value&gt;&amp;user_key=&lt;some value&gt;&amp;xd&amp;_e=&lt;some value&gt;&amp;cp=&lt;some value&gt;&amp;xdm_c=&lt;some value&gt;&amp;cv=&lt;some value&gt;&amp;user_id=&lt;some value&gt;
 </code></pre>

 <strong>Note:</strong> All the parameters will be sent via POST payload in
 <code>application/x-www-form-urlencoded</code> instead of URL query parameters.<br>
 The latest version of <code>Atlassian Connect Express</code> and <code>Atlassian Connect Spring Boot</code>
 have built-in support for verifying requests sent by POST. However you might need to implement the query hash
 verification if the framework you are using doesn't support it.

`,defaultValue:"get"},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},categories:{items:{maxLength:100,type:"string"},type:"array",fieldDescription:"\n\nThe categories the macro should appear in. A macro with no category will show up in the default 'All' category.\n\n Currently, the following categories are supported by Confluence:\n\n * `admin`: Administration\n * `communication`: Communication\n * `confluence-content`: Confluence Content\n * `development`: Development\n * `external-content`: External Content\n * `formatting`: Formatting\n * `media`: Media\n * `navigation`: Navigation\n * `reporting`: Reporting\n * `visuals`: Visuals &amp; Images\n\n"},parameters:{items:{properties:{identifier:{pattern:"[-_a-z0-9\\.]+",type:"string",fieldDescription:`

A unique identifier for the parameter.
 It must only contain lowercase alphanumeric characters, dashes, underscores, dots and must not contain any spaces.
 This identifier will be used in the query parameters of the add-on URL.

`},aliases:{items:{maxLength:100,type:"string"},type:"array",fieldDescription:`

Aliases for the macro parameter.

`},hidden:{type:"boolean",fieldDescription:`

Determines if the parameter will be displayed in the macro editor.

`,defaultValue:"false"},indexing:{$ref:"#/definitions/indexing",fieldDescription:`

Defines how this macro parameter will be indexed

`},defaultValue:{maxLength:1e3,type:"string",fieldDescription:`

The default value for the parameter.

`},values:{items:{maxLength:1e3,type:"string"},type:"array",fieldDescription:"\n\nDescribes the ``enum`` values - only applicable for enum typed parameters.\n\n"},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The human readable name of the parameter which will be displayed in the UI.

`},multiple:{type:"boolean",fieldDescription:`

Whether it takes multiple values.

`,defaultValue:"false"},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The description of the parameter

`},type:{enum:["attachment","ATTACHMENT","boolean","BOOLEAN","confluence-content","CONFLUENCE-CONTENT","enum","ENUM","int","INT","label","LABEL","spacekey","SPACEKEY","string","STRING","url","URL","username","USERNAME"],type:"string",fieldDescription:`

The type of parameter.

 Currently the following parameter types are supported in the macro browser's UI:

 * \`attachment\`: displays an autocomplete field for search on attachment filenames.
 * \`boolean\`: displays a check box.
 * \`confluence-content\`: displays an autocomplete field for search on page and blog titles.
 * \`enum\`: displays a select field.
 * \`spacekey\`: displays an autocomplete field for search on space names.
 * \`string\`: displays an input field (this is the default if unknown type).
 * \`username\`: displays an autocomplete field for search on username and full name currently, and will be overridden by Atlassian AccountId after GDPR deprecation period ends. During the deprecation only, a companion parameter with ".accountId" suffix of the original parameter name will be added.

`},required:{type:"boolean",fieldDescription:`

Whether it is a required parameter.

`,defaultValue:"false"}},required:["identifier","name","type"],shortClassName:"macroParameterBean",type:"object",title:"Macro Input Parameter",description:`

Describes a parameter input field for a macro.

 Any declared parameters must also be included in the URL value of the macro in order to serialise this value, for
 example, for a macro with a parameter \`view\` it should be added to the macro url as follows:

 <pre><code>
"dynamicContentMacros": [{
   ...
   "url": "/render-map?pageTitle={page.title}&amp;viewChoice={view}",
   ...
}]
 </code></pre>

 <h2>Example</h2>





    {
      "dynamicContentMacros": {
        "renderModes": {},
        "url": "/my-macro",
        "categories": [],
        "outputType": "block",
        "bodyType": "none",
        "aliases": [],
        "parameters": [
          {
            "identifier": "view",
            "name": {
              "value": "Map View"
            },
            "description": {
              "value": "Allows switching between view types"
            },
            "type": "enum",
            "required": true,
            "multiple": false,
            "defaultValue": "Map",
            "values": [
              "Map",
              "Satellite"
            ],
            "hidden": false,
            "indexing": {
              "enabled": true
            }
          }
        ],
        "name": {
          "value": "My macro with placeholder"
        },
        "key": "my-macro-key"
      }
    }


`},type:"array",fieldDescription:`

The list of parameter input fields that will be displayed.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","url","key"],not:{required:["unlicensedAccess"]}},minItems:1},E={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},x=re().default;function k(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.value===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:E.required,parentSchema:E,data:p};e===null?e=[o]:e.push(o),r++}if(p.value!==void 0){let o=p.value;if(typeof o=="string"){if(x(o)>1500){let c={instancePath:n+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:E.properties.value,data:o};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:E.properties.value.type,parentSchema:E.properties.value,data:o};e===null?e=[c]:e.push(c),r++}}if(p.i18n!==void 0){let o=p.i18n;if(typeof o=="string"){if(x(o)>300){let c={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:E.properties.i18n,data:o};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:E.properties.i18n.type,parentSchema:E.properties.i18n,data:o};e===null?e=[c]:e.push(c),r++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:E.type,parentSchema:E,data:p};e===null?e=[o]:e.push(o),r++}return k.errors=e,r===0}var M={properties:{altText:{maxLength:1e3,type:"string",fieldDescription:`

Alternative text that is shown when the element cannot be rendered.

`},title:{maxLength:1e3,type:"string",fieldDescription:`

The title of the link.

`},url:{type:"string",fieldDescription:`

The URL of the link. It can be absolute, or relative to the Add-On base URL.

`}},required:["url"],shortClassName:"linkBean",type:"object",title:"Link",description:`

Represents a link, its optional title and alternative text.

 <h3>Example</h3>





    {
      "link": {
        "url": "/go-somewhere",
        "title": "Go Somewhere",
        "altText": "somewhere"
      }
    }


`};function z(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.url===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:M.required,parentSchema:M,data:p};e===null?e=[o]:e.push(o),r++}if(p.altText!==void 0){let o=p.altText;if(typeof o=="string"){if(x(o)>1e3){let c={instancePath:n+"/altText",schemaPath:"#/properties/altText/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:M.properties.altText,data:o};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/altText",schemaPath:"#/properties/altText/type",keyword:"type",params:{type:"string"},message:"must be string",schema:M.properties.altText.type,parentSchema:M.properties.altText,data:o};e===null?e=[c]:e.push(c),r++}}if(p.title!==void 0){let o=p.title;if(typeof o=="string"){if(x(o)>1e3){let c={instancePath:n+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:M.properties.title,data:o};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type:"string"},message:"must be string",schema:M.properties.title.type,parentSchema:M.properties.title,data:o};e===null?e=[c]:e.push(c),r++}}if(p.url!==void 0){let o=p.url;if(typeof o!="string"){let c={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:M.properties.url.type,parentSchema:M.properties.url,data:o};e===null?e=[c]:e.push(c),r++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:M.type,parentSchema:M,data:p};e===null?e=[o]:e.push(o),r++}return z.errors=e,r===0}var j={properties:{width:{type:"integer",fieldDescription:`

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


`};function G(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.url===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:j.required,parentSchema:j,data:p};e===null?e=[o]:e.push(o),r++}if(p.width!==void 0){let o=p.width;if(!(typeof o=="number"&&!(o%1)&&!isNaN(o))){let c={instancePath:n+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:j.properties.width.type,parentSchema:j.properties.width,data:o};e===null?e=[c]:e.push(c),r++}}if(p.url!==void 0){let o=p.url;if(typeof o!="string"){let c={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:j.properties.url.type,parentSchema:j.properties.url,data:o};e===null?e=[c]:e.push(c),r++}}if(p.height!==void 0){let o=p.height;if(!(typeof o=="number"&&!(o%1)&&!isNaN(o))){let c={instancePath:n+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:j.properties.height.type,parentSchema:j.properties.height,data:o};e===null?e=[c]:e.push(c),r++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:j.type,parentSchema:j,data:p};e===null?e=[o]:e.push(o),r++}return G.errors=e,r===0}var V={properties:{matchers:{items:{$ref:"#/definitions/matchers"},maxItems:200,additionalItems:!1,uniqueItems:!1,type:"array",fieldDescription:`

The list of patterns that define what URLs should be matched.

`},urlParameter:{maxLength:100,type:"string",fieldDescription:`

The name of the macro parameter the matched url will be inserted into.

`}},required:["urlParameter"],shortClassName:"autoconvertBean",type:"object",title:"Autoconvert",description:`

Autoconvert allows your macro to be inserted into the editor when a recognised URL is pasted in by the user.
 You define recognised URL patterns using 'matchers' which are registered in the editor when your add-on is installed.

 When the macro is created in the editor, the URL string that triggered the autoconvert will be captured and inserted
 as a parameter on the macro body. You must define the name of this parameter by providing a string value for 'urlParameter'.
 This allows you to access the URL that triggered the autoconvert.

 <p><b>Example</b></p>

 This example inserts a macro into the editor when a user pastes in certain simple Facebook links.





    {
      "renderModes": {},
      "url": "/dynamic-macro?url={url}",
      "categories": [],
      "outputType": "block",
      "bodyType": "none",
      "aliases": [],
      "parameters": [
        {
          "identifier": "url",
          "name": {
            "value": "URL"
          },
          "type": "string",
          "required": false,
          "multiple": false,
          "hidden": false
        }
      ],
      "autoconvert": {
        "urlParameter": "url",
        "matchers": [
          {
            "pattern": "https://www.facebook.com/{}/about"
          },
          {
            "pattern": "https://www.facebook.com/{}/music"
          },
          {
            "pattern": "https://www.facebook.com/{}/movies/{}"
          }
        ]
      },
      "name": {
        "value": "Dynamic Macro With Autoconvert"
      },
      "key": "dynamic-macro-with-autoconvert"
    }


`},_={properties:{pattern:{maxLength:1024,type:"string",fieldDescription:`

The pattern is a string that defines a single URL to match.

`}},required:["pattern"],shortClassName:"matcherBean",type:"object",title:"Matcher",description:`

Matchers define a URL string as part of an Autoconvert definition.

 Wildcards (parts of the url that should always match, such as as a unique ID) can be defined using a single open and close
 curly bracket such as '{}'. Use a new brace pair for each separate wildcard.

 Keep in mind that you'll need to define a separate matcher for each relevant internet protocol (such as http vs https).

 <p><b>Example</b></p>





    {
      "pattern": "https://www.facebook.com/{}/about"
    }


`};function Z(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.pattern===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"pattern"},message:"must have required property 'pattern'",schema:_.required,parentSchema:_,data:p};e===null?e=[o]:e.push(o),r++}if(p.pattern!==void 0){let o=p.pattern;if(typeof o=="string"){if(x(o)>1024){let c={instancePath:n+"/pattern",schemaPath:"#/properties/pattern/maxLength",keyword:"maxLength",params:{limit:1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:_.properties.pattern,data:o};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type:"string"},message:"must be string",schema:_.properties.pattern.type,parentSchema:_.properties.pattern,data:o};e===null?e=[c]:e.push(c),r++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:_.type,parentSchema:_,data:p};e===null?e=[o]:e.push(o),r++}return Z.errors=e,r===0}function H(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.urlParameter===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"urlParameter"},message:"must have required property 'urlParameter'",schema:V.required,parentSchema:V,data:p};e===null?e=[o]:e.push(o),r++}if(p.matchers!==void 0){let o=p.matchers;if(Array.isArray(o)){if(o.length>200){let C={instancePath:n+"/matchers",schemaPath:"#/properties/matchers/maxItems",keyword:"maxItems",params:{limit:200},message:"must NOT have more than 200 items",schema:200,parentSchema:V.properties.matchers,data:o};e===null?e=[C]:e.push(C),r++}let c=o.length;for(let C=0;C<c;C++)Z(o[C],{instancePath:n+"/matchers/"+C,parentData:o,parentDataProperty:C,rootData:w})||(e=e===null?Z.errors:e.concat(Z.errors),r=e.length)}else{let c={instancePath:n+"/matchers",schemaPath:"#/properties/matchers/type",keyword:"type",params:{type:"array"},message:"must be array",schema:V.properties.matchers.type,parentSchema:V.properties.matchers,data:o};e===null?e=[c]:e.push(c),r++}}if(p.urlParameter!==void 0){let o=p.urlParameter;if(typeof o=="string"){if(x(o)>100){let c={instancePath:n+"/urlParameter",schemaPath:"#/properties/urlParameter/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:V.properties.urlParameter,data:o};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/urlParameter",schemaPath:"#/properties/urlParameter/type",keyword:"type",params:{type:"string"},message:"must be string",schema:V.properties.urlParameter.type,parentSchema:V.properties.urlParameter,data:o};e===null?e=[c]:e.push(c),r++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:V.type,parentSchema:V,data:p};e===null?e=[o]:e.push(o),r++}return H.errors=e,r===0}var R={properties:{applyChrome:{type:"boolean",fieldDescription:`

Set to true if the image should have the macro placeholder chrome applied to it.

`,defaultValue:"false"},width:{type:"integer",fieldDescription:`

The width in pixels of the image placeholder. Defaults to the natural image width if not specified.

`},url:{type:"string",fieldDescription:`

The URL of the image placeholder. Your image placeholder needs to be hosted remotely at a web-accessible location.
 You can specify the URL as an absolute URL or relative to the add-on's base URL.<br>

 The url here doesn't support context parameters. However all the macro parameters will be passed as query parameters to the request.<br>
 You can use these parameters to dynamically generate the placeholder image.<br>

 Suppose you have a macro defined like this:





    {
      "dynamicContentMacros": {
        "renderModes": {},
        "url": "/my-macro",
        "categories": [],
        "outputType": "block",
        "bodyType": "none",
        "aliases": [],
        "parameters": [
          {
            "identifier": "param1",
            "name": {
              "value": "Parameter 1"
            },
            "type": "string",
            "required": false,
            "multiple": false,
            "hidden": false
          },
          {
            "identifier": "param2",
            "name": {
              "value": "Parameter 2"
            },
            "type": "string",
            "required": false,
            "multiple": false,
            "hidden": false
          }
        ],
        "imagePlaceholder": {
          "url": "/images/placeholder.png",
          "applyChrome": false
        },
        "name": {
          "value": "My macro with placeholder"
        },
        "key": "my-macro-key"
      }
    }




 The Confluence editor will pass the parameter values when requesting the placeholder image:
 <code>/images/placeholder.png?param1=value1&amp;param2=value2</code>

`},height:{type:"integer",fieldDescription:`

The height in pixels of the image placeholder. Defaults to the natural image height if not specified.

`}},required:["url"],shortClassName:"imagePlaceholderBean",type:"object",title:"Image Placeholder",description:`

Defines a macro image placeholder to display in the Confluence editor.

 <p><b>Example</b></p>





    {
      "imagePlaceholder": {
        "width": 100,
        "height": 25,
        "url": "/images/placeholder.png",
        "applyChrome": true
      }
    }


`};function W(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.url===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:R.required,parentSchema:R,data:p};e===null?e=[o]:e.push(o),r++}if(p.applyChrome!==void 0){let o=p.applyChrome;if(typeof o!="boolean"){let c={instancePath:n+"/applyChrome",schemaPath:"#/properties/applyChrome/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:R.properties.applyChrome.type,parentSchema:R.properties.applyChrome,data:o};e===null?e=[c]:e.push(c),r++}}if(p.width!==void 0){let o=p.width;if(!(typeof o=="number"&&!(o%1)&&!isNaN(o))){let c={instancePath:n+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:R.properties.width.type,parentSchema:R.properties.width,data:o};e===null?e=[c]:e.push(c),r++}}if(p.url!==void 0){let o=p.url;if(typeof o!="string"){let c={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:R.properties.url.type,parentSchema:R.properties.url,data:o};e===null?e=[c]:e.push(c),r++}}if(p.height!==void 0){let o=p.height;if(!(typeof o=="number"&&!(o%1)&&!isNaN(o))){let c={instancePath:n+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:R.properties.height.type,parentSchema:R.properties.height,data:o};e===null?e=[c]:e.push(c),r++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:R.type,parentSchema:R,data:p};e===null?e=[o]:e.push(o),r++}return W.errors=e,r===0}var B={properties:{enabled:{type:"boolean",fieldDescription:`

Defines whether this macro parameter should be indexed for site search.

`,defaultValue:"false"}},shortClassName:"macroParameterIndexingBean",type:"object",title:"Macro Parameter Indexing",description:`

Defines how this macro parameter will be indexed for site search





    {
      "enabled": true
    }




 <p>The macro parameter indexing property allows apps to hook into the mechanism by which Confluence populates its
 search index for site search. Each time macro is created or updated in Confluence, the value that is stored in
 the macro parameter will be added to the search index.
 The value of this macro parameter will also be used in displaying the excerpt text for search result.</p>

 <p>This is useful when the body of the macro is not searchable, for example: macros with <code>bodyType: none</code>.
 The app can still provide meaningful search text for this content by storing the extracted information to
 the macro parameter. The data in this macro parameter will get indexed as is without any modification.</p>

`};function Y(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.enabled!==void 0){let o=p.enabled;if(typeof o!="boolean"){let c={instancePath:n+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:B.properties.enabled.type,parentSchema:B.properties.enabled,data:o};e===null?e=[c]:e.push(c),r++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:B.type,parentSchema:B,data:p};e===null?e=[o]:e.push(o),r++}return Y.errors=e,r===0}var Q={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},oe=new RegExp("^[a-zA-Z0-9_-]+$","u");function K(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(typeof p=="string"){if(!oe.test(p)){let o={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:Q,data:p};e===null?e=[o]:e.push(o),r++}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:Q.type,parentSchema:Q,data:p};e===null?e=[o]:e.push(o),r++}return K.errors=e,r===0}var $=new RegExp("^[a-zA-Z0-9-]+$","u"),ne=new RegExp("[-_a-z0-9\\.]+","u");function F(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;if(Array.isArray(p)){if(p.length<1){let s={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:t,data:p};e===null?e=[s]:e.push(s),r++}let C=p.length;for(let s=0;s<C;s++){let u=p[s],J=r,ae=r;if(u&&typeof u=="object"&&!Array.isArray(u)){let l;if(u.unlicensedAccess===void 0&&(l="unlicensedAccess")){let m={};e===null?e=[m]:e.push(m),r++}}var o=ae===r;if(o){let l={instancePath:n+"/"+s,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:t.items.not,parentSchema:t.items,data:u};e===null?e=[l]:e.push(l),r++}else r=J,e!==null&&(J?e.length=J:e=null);if(u&&typeof u=="object"&&!Array.isArray(u)){if(u.name===void 0){let l={instancePath:n+"/"+s,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:t.items.required,parentSchema:t.items,data:u};e===null?e=[l]:e.push(l),r++}if(u.url===void 0){let l={instancePath:n+"/"+s,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:t.items.required,parentSchema:t.items,data:u};e===null?e=[l]:e.push(l),r++}if(u.key===void 0){let l={instancePath:n+"/"+s,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.required,parentSchema:t.items,data:u};e===null?e=[l]:e.push(l),r++}if(u.bodyType!==void 0){let l=u.bodyType;if(typeof l!="string"){let m={instancePath:n+"/"+s+"/bodyType",schemaPath:"#/items/properties/bodyType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.bodyType.type,parentSchema:t.items.properties.bodyType,data:l};e===null?e=[m]:e.push(m),r++}if(!(l==="rich-text"||l==="RICH-TEXT"||l==="plain-text"||l==="PLAIN-TEXT"||l==="none"||l==="NONE")){let m={instancePath:n+"/"+s+"/bodyType",schemaPath:"#/items/properties/bodyType/enum",keyword:"enum",params:{allowedValues:t.items.properties.bodyType.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.bodyType.enum,parentSchema:t.items.properties.bodyType,data:l};e===null?e=[m]:e.push(m),r++}}if(u.editor!==void 0){let l=u.editor;if(l&&typeof l=="object"&&!Array.isArray(l)){if(l.url===void 0){let m={instancePath:n+"/"+s+"/editor",schemaPath:"#/items/properties/editor/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:t.items.properties.editor.required,parentSchema:t.items.properties.editor,data:l};e===null?e=[m]:e.push(m),r++}if(l.insertTitle!==void 0&&(k(l.insertTitle,{instancePath:n+"/"+s+"/editor/insertTitle",parentData:l,parentDataProperty:"insertTitle",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),l.editTitle!==void 0&&(k(l.editTitle,{instancePath:n+"/"+s+"/editor/editTitle",parentData:l,parentDataProperty:"editTitle",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),l.width!==void 0){let m=l.width;if(typeof m=="string"){if(x(m)>10){let d={instancePath:n+"/"+s+"/editor/width",schemaPath:"#/items/properties/editor/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:t.items.properties.editor.properties.width,data:m};e===null?e=[d]:e.push(d),r++}}else{let d={instancePath:n+"/"+s+"/editor/width",schemaPath:"#/items/properties/editor/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.editor.properties.width.type,parentSchema:t.items.properties.editor.properties.width,data:m};e===null?e=[d]:e.push(d),r++}}if(l.cacheable!==void 0){let m=l.cacheable;if(typeof m!="boolean"){let d={instancePath:n+"/"+s+"/editor/cacheable",schemaPath:"#/items/properties/editor/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.editor.properties.cacheable.type,parentSchema:t.items.properties.editor.properties.cacheable,data:m};e===null?e=[d]:e.push(d),r++}}if(l.url!==void 0){let m=l.url;if(typeof m!="string"){let d={instancePath:n+"/"+s+"/editor/url",schemaPath:"#/items/properties/editor/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.editor.properties.url.type,parentSchema:t.items.properties.editor.properties.url,data:m};e===null?e=[d]:e.push(d),r++}}if(l.height!==void 0){let m=l.height;if(typeof m=="string"){if(x(m)>10){let d={instancePath:n+"/"+s+"/editor/height",schemaPath:"#/items/properties/editor/properties/height/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:t.items.properties.editor.properties.height,data:m};e===null?e=[d]:e.push(d),r++}}else{let d={instancePath:n+"/"+s+"/editor/height",schemaPath:"#/items/properties/editor/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.editor.properties.height.type,parentSchema:t.items.properties.editor.properties.height,data:m};e===null?e=[d]:e.push(d),r++}}}else{let m={instancePath:n+"/"+s+"/editor",schemaPath:"#/items/properties/editor/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.editor.type,parentSchema:t.items.properties.editor,data:l};e===null?e=[m]:e.push(m),r++}}if(u.featured!==void 0){let l=u.featured;if(typeof l!="boolean"){let m={instancePath:n+"/"+s+"/featured",schemaPath:"#/items/properties/featured/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.featured.type,parentSchema:t.items.properties.featured,data:l};e===null?e=[m]:e.push(m),r++}}if(u.aliases!==void 0){let l=u.aliases;if(Array.isArray(l)){let m=l.length;for(let d=0;d<m;d++){let i=l[d];if(typeof i=="string"){if(x(i)>100){let a={instancePath:n+"/"+s+"/aliases/"+d,schemaPath:"#/items/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.aliases.items,data:i};e===null?e=[a]:e.push(a),r++}}else{let a={instancePath:n+"/"+s+"/aliases/"+d,schemaPath:"#/items/properties/aliases/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.aliases.items.type,parentSchema:t.items.properties.aliases.items,data:i};e===null?e=[a]:e.push(a),r++}}}else{let m={instancePath:n+"/"+s+"/aliases",schemaPath:"#/items/properties/aliases/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.aliases.type,parentSchema:t.items.properties.aliases,data:l};e===null?e=[m]:e.push(m),r++}}if(u.hidden!==void 0){let l=u.hidden;if(typeof l!="boolean"){let m={instancePath:n+"/"+s+"/hidden",schemaPath:"#/items/properties/hidden/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.hidden.type,parentSchema:t.items.properties.hidden,data:l};e===null?e=[m]:e.push(m),r++}}if(u.documentation!==void 0&&(z(u.documentation,{instancePath:n+"/"+s+"/documentation",parentData:u,parentDataProperty:"documentation",rootData:w})||(e=e===null?z.errors:e.concat(z.errors),r=e.length)),u.icon!==void 0&&(G(u.icon,{instancePath:n+"/"+s+"/icon",parentData:u,parentDataProperty:"icon",rootData:w})||(e=e===null?G.errors:e.concat(G.errors),r=e.length)),u.description!==void 0&&(k(u.description,{instancePath:n+"/"+s+"/description",parentData:u,parentDataProperty:"description",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),u.outputType!==void 0){let l=u.outputType;if(typeof l!="string"){let m={instancePath:n+"/"+s+"/outputType",schemaPath:"#/items/properties/outputType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.outputType.type,parentSchema:t.items.properties.outputType,data:l};e===null?e=[m]:e.push(m),r++}if(!(l==="block"||l==="BLOCK"||l==="inline"||l==="INLINE")){let m={instancePath:n+"/"+s+"/outputType",schemaPath:"#/items/properties/outputType/enum",keyword:"enum",params:{allowedValues:t.items.properties.outputType.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.outputType.enum,parentSchema:t.items.properties.outputType,data:l};e===null?e=[m]:e.push(m),r++}}if(u.url!==void 0){let l=u.url;if(typeof l!="string"){let m={instancePath:n+"/"+s+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.url.type,parentSchema:t.items.properties.url,data:l};e===null?e=[m]:e.push(m),r++}}if(u.propertyPanel!==void 0){let l=u.propertyPanel;if(l&&typeof l=="object"&&!Array.isArray(l)){if(l.url===void 0){let m={instancePath:n+"/"+s+"/propertyPanel",schemaPath:"#/items/properties/propertyPanel/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:t.items.properties.propertyPanel.required,parentSchema:t.items.properties.propertyPanel,data:l};e===null?e=[m]:e.push(m),r++}if(l.controls!==void 0){let m=l.controls;if(Array.isArray(m)){let d=m.length;for(let i=0;i<d;i++){let a=m[i];if(!(a&&typeof a=="object"&&!Array.isArray(a))){let y={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items,data:a};e===null?e=[y]:e.push(y),r++}let b=r,v=!1,U=r;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.controls===void 0){let y={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/required",keyword:"required",params:{missingProperty:"controls"},message:"must have required property 'controls'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0],data:a};e===null?e=[y]:e.push(y),r++}if(a.macroParameter===void 0){let y={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/required",keyword:"required",params:{missingProperty:"macroParameter"},message:"must have required property 'macroParameter'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0],data:a};e===null?e=[y]:e.push(y),r++}if(a.type===void 0){let y={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0],data:a};e===null?e=[y]:e.push(y),r++}if(a.controls!==void 0){let y=a.controls;if(Array.isArray(y)){let D=y.length;for(let f=0;f<D;f++){let P=y[f];if(P&&typeof P=="object"&&!Array.isArray(P)){if(P.macroParameterValue===void 0){let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/required",keyword:"required",params:{missingProperty:"macroParameterValue"},message:"must have required property 'macroParameterValue'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items,data:P};e===null?e=[h]:e.push(h),r++}if(P.label===void 0){let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/required",keyword:"required",params:{missingProperty:"label"},message:"must have required property 'label'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items,data:P};e===null?e=[h]:e.push(h),r++}if(P.type===void 0){let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items,data:P};e===null?e=[h]:e.push(h),r++}if(P.key===void 0){let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items,data:P};e===null?e=[h]:e.push(h),r++}if(P.macroParameterValue!==void 0){let h=P.macroParameterValue;if(typeof h=="string"){if(x(h)>1e4){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f+"/macroParameterValue",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/properties/macroParameterValue/maxLength",keyword:"maxLength",params:{limit:1e4},message:"must NOT have more than 10000 characters",schema:1e4,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.macroParameterValue,data:h};e===null?e=[g]:e.push(g),r++}}else{let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f+"/macroParameterValue",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/properties/macroParameterValue/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.macroParameterValue.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.macroParameterValue,data:h};e===null?e=[g]:e.push(g),r++}}if(P.label!==void 0&&(k(P.label,{instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f+"/label",parentData:P,parentDataProperty:"label",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),P.type!==void 0){let h=P.type;if(typeof h!="string"){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.type,data:h};e===null?e=[g]:e.push(g),r++}if(!(h==="togglebutton"||h==="TOGGLEBUTTON")){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.type,data:h};e===null?e=[g]:e.push(g),r++}}if(P.key!==void 0){let h=P.key;if(typeof h=="string"){if(x(h)>100){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.key,data:h};e===null?e=[g]:e.push(g),r++}if(!$.test(h)){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.key,data:h};e===null?e=[g]:e.push(g),r++}}else{let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.key.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.properties.key,data:h};e===null?e=[g]:e.push(g),r++}}}else{let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+f,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.items,data:P};e===null?e=[h]:e.push(h),r++}}}else{let D={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/controls/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.controls,data:y};e===null?e=[D]:e.push(D),r++}}if(a.macroParameter!==void 0){let y=a.macroParameter;if(typeof y=="string"){if(x(y)>100){let D={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/macroParameter/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.macroParameter,data:y};e===null?e=[D]:e.push(D),r++}if(!ne.test(y)){let D={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/macroParameter/pattern",keyword:"pattern",params:{pattern:"[-_a-z0-9\\.]+"},message:'must match pattern "[-_a-z0-9\\.]+"',schema:"[-_a-z0-9\\.]+",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.macroParameter,data:y};e===null?e=[D]:e.push(D),r++}}else{let D={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/macroParameter/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.macroParameter.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.macroParameter,data:y};e===null?e=[D]:e.push(D),r++}}if(a.type!==void 0){let y=a.type;if(typeof y!="string"){let D={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type,data:y};e===null?e=[D]:e.push(D),r++}if(!(y==="togglegroup"||y==="TOGGLEGROUP")){let D={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type,data:y};e===null?e=[D]:e.push(D),r++}}}else{let y={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0],data:a};e===null?e=[y]:e.push(y),r++}var c=U===r;if(v=v||c,!v){let y=r;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.label===void 0){let f={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/required",keyword:"required",params:{missingProperty:"label"},message:"must have required property 'label'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1],data:a};e===null?e=[f]:e.push(f),r++}if(a.type===void 0){let f={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1],data:a};e===null?e=[f]:e.push(f),r++}if(a.key===void 0){let f={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1],data:a};e===null?e=[f]:e.push(f),r++}if(a.label!==void 0&&(k(a.label,{instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/label",parentData:a,parentDataProperty:"label",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),a.type!==void 0){let f=a.type;if(typeof f!="string"){let P={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type,data:f};e===null?e=[P]:e.push(P),r++}if(!(f==="button"||f==="BUTTON")){let P={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type,data:f};e===null?e=[P]:e.push(P),r++}}if(a.key!==void 0){let f=a.key;if(typeof f=="string"){if(x(f)>100){let P={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.key,data:f};e===null?e=[P]:e.push(P),r++}if(!$.test(f)){let P={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.key,data:f};e===null?e=[P]:e.push(P),r++}}else{let P={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.key.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.key,data:f};e===null?e=[P]:e.push(P),r++}}}else{let f={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1],data:a};e===null?e=[f]:e.push(f),r++}var c=y===r;if(v=v||c,!v){let f=r;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.macroParameter===void 0){let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/required",keyword:"required",params:{missingProperty:"macroParameter"},message:"must have required property 'macroParameter'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2],data:a};e===null?e=[h]:e.push(h),r++}if(a.type===void 0){let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2],data:a};e===null?e=[h]:e.push(h),r++}if(a.key===void 0){let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2],data:a};e===null?e=[h]:e.push(h),r++}if(a.macroParameter!==void 0){let h=a.macroParameter;if(typeof h=="string"){if(x(h)>100){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/macroParameter/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.macroParameter,data:h};e===null?e=[g]:e.push(g),r++}}else{let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/macroParameter/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.macroParameter.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.macroParameter,data:h};e===null?e=[g]:e.push(g),r++}}if(a.type!==void 0){let h=a.type;if(typeof h!="string"){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type,data:h};e===null?e=[g]:e.push(g),r++}if(!(h==="text"||h==="TEXT")){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type,data:h};e===null?e=[g]:e.push(g),r++}}if(a.key!==void 0){let h=a.key;if(typeof h=="string"){if(x(h)>100){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.key,data:h};e===null?e=[g]:e.push(g),r++}if(!$.test(h)){let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.key,data:h};e===null?e=[g]:e.push(g),r++}}else{let g={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.key.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.key,data:h};e===null?e=[g]:e.push(g),r++}}}else{let h={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2],data:a};e===null?e=[h]:e.push(h),r++}var c=f===r;if(v=v||c,!v){let h=r;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.controls===void 0){let q={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/required",keyword:"required",params:{missingProperty:"controls"},message:"must have required property 'controls'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3],data:a};e===null?e=[q]:e.push(q),r++}if(a.type===void 0){let q={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3],data:a};e===null?e=[q]:e.push(q),r++}if(a.controls!==void 0){let q=a.controls;if(Array.isArray(q)){let N=q.length;for(let I=0;I<N;I++){let O=q[I];if(O&&typeof O=="object"&&!Array.isArray(O)){if(O.label===void 0){let T={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/required",keyword:"required",params:{missingProperty:"label"},message:"must have required property 'label'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items,data:O};e===null?e=[T]:e.push(T),r++}if(O.type===void 0){let T={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items,data:O};e===null?e=[T]:e.push(T),r++}if(O.key===void 0){let T={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items,data:O};e===null?e=[T]:e.push(T),r++}if(O.label!==void 0&&(k(O.label,{instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I+"/label",parentData:O,parentDataProperty:"label",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),O.type!==void 0){let T=O.type;if(typeof T!="string"){let L={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.type,data:T};e===null?e=[L]:e.push(L),r++}if(!(T==="button"||T==="BUTTON")){let L={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.type,data:T};e===null?e=[L]:e.push(L),r++}}if(O.key!==void 0){let T=O.key;if(typeof T=="string"){if(x(T)>100){let L={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.key,data:T};e===null?e=[L]:e.push(L),r++}if(!$.test(T)){let L={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.key,data:T};e===null?e=[L]:e.push(L),r++}}else{let L={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.key.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.properties.key,data:T};e===null?e=[L]:e.push(L),r++}}}else{let T={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls/"+I,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.items,data:O};e===null?e=[T]:e.push(T),r++}}}else{let N={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/controls",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/controls/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.controls,data:q};e===null?e=[N]:e.push(N),r++}}if(a.type!==void 0){let q=a.type;if(typeof q!="string"){let N={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type,data:q};e===null?e=[N]:e.push(N),r++}if(!(q==="group"||q==="GROUP")){let N={instancePath:n+"/"+s+"/propertyPanel/controls/"+i+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type,data:q};e===null?e=[N]:e.push(N),r++}}}else{let q={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3],data:a};e===null?e=[q]:e.push(q),r++}var c=h===r;v=v||c}}}if(v)r=b,e!==null&&(b?e.length=b:e=null);else{let y={instancePath:n+"/"+s+"/propertyPanel/controls/"+i,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf,parentSchema:t.items.properties.propertyPanel.properties.controls.items,data:a};e===null?e=[y]:e.push(y),r++}}}else{let d={instancePath:n+"/"+s+"/propertyPanel/controls",schemaPath:"#/items/properties/propertyPanel/properties/controls/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.propertyPanel.properties.controls.type,parentSchema:t.items.properties.propertyPanel.properties.controls,data:m};e===null?e=[d]:e.push(d),r++}}if(l.cacheable!==void 0){let m=l.cacheable;if(typeof m!="boolean"){let d={instancePath:n+"/"+s+"/propertyPanel/cacheable",schemaPath:"#/items/properties/propertyPanel/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.propertyPanel.properties.cacheable.type,parentSchema:t.items.properties.propertyPanel.properties.cacheable,data:m};e===null?e=[d]:e.push(d),r++}}if(l.url!==void 0){let m=l.url;if(typeof m!="string"){let d={instancePath:n+"/"+s+"/propertyPanel/url",schemaPath:"#/items/properties/propertyPanel/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.url.type,parentSchema:t.items.properties.propertyPanel.properties.url,data:m};e===null?e=[d]:e.push(d),r++}}}else{let m={instancePath:n+"/"+s+"/propertyPanel",schemaPath:"#/items/properties/propertyPanel/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.type,parentSchema:t.items.properties.propertyPanel,data:l};e===null?e=[m]:e.push(m),r++}}if(u.autoconvert!==void 0&&(H(u.autoconvert,{instancePath:n+"/"+s+"/autoconvert",parentData:u,parentDataProperty:"autoconvert",rootData:w})||(e=e===null?H.errors:e.concat(H.errors),r=e.length)),u.imagePlaceholder!==void 0&&(W(u.imagePlaceholder,{instancePath:n+"/"+s+"/imagePlaceholder",parentData:u,parentDataProperty:"imagePlaceholder",rootData:w})||(e=e===null?W.errors:e.concat(W.errors),r=e.length)),u.renderingMethod!==void 0){let l=u.renderingMethod;if(typeof l!="string"){let m={instancePath:n+"/"+s+"/renderingMethod",schemaPath:"#/items/properties/renderingMethod/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.renderingMethod.type,parentSchema:t.items.properties.renderingMethod,data:l};e===null?e=[m]:e.push(m),r++}if(!(l==="get"||l==="GET"||l==="post"||l==="POST")){let m={instancePath:n+"/"+s+"/renderingMethod",schemaPath:"#/items/properties/renderingMethod/enum",keyword:"enum",params:{allowedValues:t.items.properties.renderingMethod.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.renderingMethod.enum,parentSchema:t.items.properties.renderingMethod,data:l};e===null?e=[m]:e.push(m),r++}}if(u.name!==void 0&&(k(u.name,{instancePath:n+"/"+s+"/name",parentData:u,parentDataProperty:"name",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),u.categories!==void 0){let l=u.categories;if(Array.isArray(l)){let m=l.length;for(let d=0;d<m;d++){let i=l[d];if(typeof i=="string"){if(x(i)>100){let a={instancePath:n+"/"+s+"/categories/"+d,schemaPath:"#/items/properties/categories/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.categories.items,data:i};e===null?e=[a]:e.push(a),r++}}else{let a={instancePath:n+"/"+s+"/categories/"+d,schemaPath:"#/items/properties/categories/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.categories.items.type,parentSchema:t.items.properties.categories.items,data:i};e===null?e=[a]:e.push(a),r++}}}else{let m={instancePath:n+"/"+s+"/categories",schemaPath:"#/items/properties/categories/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.categories.type,parentSchema:t.items.properties.categories,data:l};e===null?e=[m]:e.push(m),r++}}if(u.parameters!==void 0){let l=u.parameters;if(Array.isArray(l)){let m=l.length;for(let d=0;d<m;d++){let i=l[d];if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.identifier===void 0){let a={instancePath:n+"/"+s+"/parameters/"+d,schemaPath:"#/items/properties/parameters/items/required",keyword:"required",params:{missingProperty:"identifier"},message:"must have required property 'identifier'",schema:t.items.properties.parameters.items.required,parentSchema:t.items.properties.parameters.items,data:i};e===null?e=[a]:e.push(a),r++}if(i.name===void 0){let a={instancePath:n+"/"+s+"/parameters/"+d,schemaPath:"#/items/properties/parameters/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:t.items.properties.parameters.items.required,parentSchema:t.items.properties.parameters.items,data:i};e===null?e=[a]:e.push(a),r++}if(i.type===void 0){let a={instancePath:n+"/"+s+"/parameters/"+d,schemaPath:"#/items/properties/parameters/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.parameters.items.required,parentSchema:t.items.properties.parameters.items,data:i};e===null?e=[a]:e.push(a),r++}if(i.identifier!==void 0){let a=i.identifier;if(typeof a=="string"){if(!ne.test(a)){let b={instancePath:n+"/"+s+"/parameters/"+d+"/identifier",schemaPath:"#/items/properties/parameters/items/properties/identifier/pattern",keyword:"pattern",params:{pattern:"[-_a-z0-9\\.]+"},message:'must match pattern "[-_a-z0-9\\.]+"',schema:"[-_a-z0-9\\.]+",parentSchema:t.items.properties.parameters.items.properties.identifier,data:a};e===null?e=[b]:e.push(b),r++}}else{let b={instancePath:n+"/"+s+"/parameters/"+d+"/identifier",schemaPath:"#/items/properties/parameters/items/properties/identifier/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.identifier.type,parentSchema:t.items.properties.parameters.items.properties.identifier,data:a};e===null?e=[b]:e.push(b),r++}}if(i.aliases!==void 0){let a=i.aliases;if(Array.isArray(a)){let b=a.length;for(let v=0;v<b;v++){let U=a[v];if(typeof U=="string"){if(x(U)>100){let y={instancePath:n+"/"+s+"/parameters/"+d+"/aliases/"+v,schemaPath:"#/items/properties/parameters/items/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.parameters.items.properties.aliases.items,data:U};e===null?e=[y]:e.push(y),r++}}else{let y={instancePath:n+"/"+s+"/parameters/"+d+"/aliases/"+v,schemaPath:"#/items/properties/parameters/items/properties/aliases/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.aliases.items.type,parentSchema:t.items.properties.parameters.items.properties.aliases.items,data:U};e===null?e=[y]:e.push(y),r++}}}else{let b={instancePath:n+"/"+s+"/parameters/"+d+"/aliases",schemaPath:"#/items/properties/parameters/items/properties/aliases/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.parameters.items.properties.aliases.type,parentSchema:t.items.properties.parameters.items.properties.aliases,data:a};e===null?e=[b]:e.push(b),r++}}if(i.hidden!==void 0){let a=i.hidden;if(typeof a!="boolean"){let b={instancePath:n+"/"+s+"/parameters/"+d+"/hidden",schemaPath:"#/items/properties/parameters/items/properties/hidden/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.parameters.items.properties.hidden.type,parentSchema:t.items.properties.parameters.items.properties.hidden,data:a};e===null?e=[b]:e.push(b),r++}}if(i.indexing!==void 0&&(Y(i.indexing,{instancePath:n+"/"+s+"/parameters/"+d+"/indexing",parentData:i,parentDataProperty:"indexing",rootData:w})||(e=e===null?Y.errors:e.concat(Y.errors),r=e.length)),i.defaultValue!==void 0){let a=i.defaultValue;if(typeof a=="string"){if(x(a)>1e3){let b={instancePath:n+"/"+s+"/parameters/"+d+"/defaultValue",schemaPath:"#/items/properties/parameters/items/properties/defaultValue/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:t.items.properties.parameters.items.properties.defaultValue,data:a};e===null?e=[b]:e.push(b),r++}}else{let b={instancePath:n+"/"+s+"/parameters/"+d+"/defaultValue",schemaPath:"#/items/properties/parameters/items/properties/defaultValue/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.defaultValue.type,parentSchema:t.items.properties.parameters.items.properties.defaultValue,data:a};e===null?e=[b]:e.push(b),r++}}if(i.values!==void 0){let a=i.values;if(Array.isArray(a)){let b=a.length;for(let v=0;v<b;v++){let U=a[v];if(typeof U=="string"){if(x(U)>1e3){let y={instancePath:n+"/"+s+"/parameters/"+d+"/values/"+v,schemaPath:"#/items/properties/parameters/items/properties/values/items/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:t.items.properties.parameters.items.properties.values.items,data:U};e===null?e=[y]:e.push(y),r++}}else{let y={instancePath:n+"/"+s+"/parameters/"+d+"/values/"+v,schemaPath:"#/items/properties/parameters/items/properties/values/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.values.items.type,parentSchema:t.items.properties.parameters.items.properties.values.items,data:U};e===null?e=[y]:e.push(y),r++}}}else{let b={instancePath:n+"/"+s+"/parameters/"+d+"/values",schemaPath:"#/items/properties/parameters/items/properties/values/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.parameters.items.properties.values.type,parentSchema:t.items.properties.parameters.items.properties.values,data:a};e===null?e=[b]:e.push(b),r++}}if(i.name!==void 0&&(k(i.name,{instancePath:n+"/"+s+"/parameters/"+d+"/name",parentData:i,parentDataProperty:"name",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),i.multiple!==void 0){let a=i.multiple;if(typeof a!="boolean"){let b={instancePath:n+"/"+s+"/parameters/"+d+"/multiple",schemaPath:"#/items/properties/parameters/items/properties/multiple/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.parameters.items.properties.multiple.type,parentSchema:t.items.properties.parameters.items.properties.multiple,data:a};e===null?e=[b]:e.push(b),r++}}if(i.description!==void 0&&(k(i.description,{instancePath:n+"/"+s+"/parameters/"+d+"/description",parentData:i,parentDataProperty:"description",rootData:w})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),i.type!==void 0){let a=i.type;if(typeof a!="string"){let b={instancePath:n+"/"+s+"/parameters/"+d+"/type",schemaPath:"#/items/properties/parameters/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.type.type,parentSchema:t.items.properties.parameters.items.properties.type,data:a};e===null?e=[b]:e.push(b),r++}if(!(a==="attachment"||a==="ATTACHMENT"||a==="boolean"||a==="BOOLEAN"||a==="confluence-content"||a==="CONFLUENCE-CONTENT"||a==="enum"||a==="ENUM"||a==="int"||a==="INT"||a==="label"||a==="LABEL"||a==="spacekey"||a==="SPACEKEY"||a==="string"||a==="STRING"||a==="url"||a==="URL"||a==="username"||a==="USERNAME")){let b={instancePath:n+"/"+s+"/parameters/"+d+"/type",schemaPath:"#/items/properties/parameters/items/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.parameters.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.parameters.items.properties.type.enum,parentSchema:t.items.properties.parameters.items.properties.type,data:a};e===null?e=[b]:e.push(b),r++}}if(i.required!==void 0){let a=i.required;if(typeof a!="boolean"){let b={instancePath:n+"/"+s+"/parameters/"+d+"/required",schemaPath:"#/items/properties/parameters/items/properties/required/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.parameters.items.properties.required.type,parentSchema:t.items.properties.parameters.items.properties.required,data:a};e===null?e=[b]:e.push(b),r++}}}else{let a={instancePath:n+"/"+s+"/parameters/"+d,schemaPath:"#/items/properties/parameters/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.parameters.items.type,parentSchema:t.items.properties.parameters.items,data:i};e===null?e=[a]:e.push(a),r++}}}else{let m={instancePath:n+"/"+s+"/parameters",schemaPath:"#/items/properties/parameters/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.parameters.type,parentSchema:t.items.properties.parameters,data:l};e===null?e=[m]:e.push(m),r++}}u.key!==void 0&&(K(u.key,{instancePath:n+"/"+s+"/key",parentData:u,parentDataProperty:"key",rootData:w})||(e=e===null?K.errors:e.concat(K.errors),r=e.length))}}}else{let C={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.type,parentSchema:t,data:p};e===null?e=[C]:e.push(C),r++}return F.errors=e,r===0}function ee(p,{instancePath:n="",parentData:A,parentDataProperty:S,rootData:w=p}={}){let e=null,r=0;return F(p,{instancePath:n,parentData:A,parentDataProperty:S,rootData:w})||(e=e===null?F.errors:e.concat(F.errors),r=e.length),ee.errors=e,r===0}
