"use strict";var se=(p,n)=>()=>{try{return n||p((n={exports:{}}).exports,n),n.exports}catch(O){throw n=0,O}};var re=se(J=>{"use strict";Object.defineProperty(J,"__esModule",{value:!0});function te(p){let n=p.length,O=0,S=0,P;for(;S<n;)O++,P=p.charCodeAt(S++),P>=55296&&P<=56319&&S<n&&(P=p.charCodeAt(S),(P&64512)===56320&&S++);return O}J.default=te;te.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=ee;module.exports.default=ee;var t={type:"array",items:{properties:{bodyType:{enum:["multi-body-rich-text","MULTI-BODY-RICH-TEXT","rich-text","RICH-TEXT","plain-text","PLAIN-TEXT","none","NONE"],type:"string",fieldDescription:`

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

`,defaultValue:"false"},renderModes:{properties:{default:{$ref:"#/definitions/embeddedStaticContentMacroBean",fieldDescription:`

This render mode will be used for any static render mode that is not mapped directly.  This is a catch
 all mode which allows you to set a default static fallback for all render modes.





    {
      "default": {
        "url": "/render-map-default"
      }
    }


`},pdf:{$ref:"#/definitions/embeddedStaticContentMacroBean",fieldDescription:`

This render mode will be used when your macro is being rendered during "export to pdf".





    {
      "pdf": {
        "url": "/render-map-pdf"
      }
    }


`},word:{$ref:"#/definitions/embeddedStaticContentMacroBean",fieldDescription:`

This render mode will be used when your macro is being rendered during "export to word".





    {
      "word": {
        "url": "/render-map-word"
      }
    }


`},email:{$ref:"#/definitions/embeddedStaticContentMacroBean",fieldDescription:`

This render mode will be used when your macro is being rendered during email rendering, and requesting the EXPORT_VIEW representation.





    {
      "email": {
        "url": "/render-map-email"
      }
    }


`}},shortClassName:"macroRenderModesBean",type:"object",title:"Macro Render Modes",description:`

Allows your dynamic content macro to provide different static macro implementations for different render modes.

 Dynamic Content Macros can include style sheets and javascript, allowing the development of rich interactive
 applications.  When your macro is rendered in a web browser this can provide a modern, interactive web experience.

 When your macro is rendered to static formats such as PDF, or word, these interactive modes are
 often undesirable, or technically impossible.

 Macro Render Modes allow you to map a render mode to a static content macro.  This allows you to
 provide an implementation of your macro for these formats, that will render safely to static formats.

 <p><b>Example</b></p>





    {
      "modules": {
        "dynamicContentMacros": [
          {
            "renderModes": {
              "pdf": {
                "url": "/render-map-pdf"
              },
              "default": {
                "url": "/render-map-static"
              }
            },
            "url": "/render-map?pageTitle={page.title}",
            "categories": [],
            "outputType": "block",
            "bodyType": "none",
            "aliases": [],
            "name": {
              "value": "Maps"
            },
            "key": "dynamic-macro-example"
          }
        ]
      }
    }


`,fieldDescription:`

Since Dynamic Content Macros are rendered in an iframe, you are able to include your own style sheets and javascript.
 When your macro is exported to a static format such as PDF or Word, you can use the \`renderModes\` property to
 define a mapping between a certain type of output device and a static macro implementation.  This will allow you
 to create a static view of your macro's data where an interactive model is not appropriate.

`},documentation:{$ref:"#/definitions/link",fieldDescription:`

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

`},propertyPanel:{properties:{controls:{items:{type:"object",anyOf:[{properties:{label:{$ref:"#/definitions/i18nProperty",fieldDescription:`

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


`},{properties:{controls:{items:{properties:{macroParameterValue:{maxLength:1e4,type:"string",fieldDescription:`

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

`},refDataSchema:{properties:{outputType:{maxLength:255,type:"string",fieldDescription:`

`},inputType:{maxLength:255,type:"string",fieldDescription:`

`}},shortClassName:"macroRefDataSchemaBean",type:"object",description:`

Defines what a dynamic content macro can consume and produce to interoperate with other macros.





    {
      "inputType": "table",
      "outputType": "chart"
    }




 <p>This is useful to chain multiple macros with each other. For example a macro can provide adf table data
 which can be used to produce a chart with it.</p>

`,fieldDescription:`

`},width:{maxLength:10,type:"string",fieldDescription:`

The preferred width of the macro content.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},cacheable:{type:"boolean",fieldDescription:`

Returns whether the URL should be cacheable. Cacheable URLs are taken directly from the add-on descriptor, and
 lack all additional query parameters:
 <ul>
     <li>standard iframe query parameters</li>
     <li>product context parameters</li>
     <li>JWT token</li>
 </ul>

`,defaultValue:"false"},categories:{items:{maxLength:100,type:"string"},type:"array",fieldDescription:"\n\nThe categories the macro should appear in. A macro with no category will show up in the default 'All' category.\n\n Currently, the following categories are supported by Confluence:\n\n * `admin`: Administration\n * `communication`: Communication\n * `confluence-content`: Confluence Content\n * `development`: Development\n * `external-content`: External Content\n * `formatting`: Formatting\n * `media`: Media\n * `navigation`: Navigation\n * `reporting`: Reporting\n * `visuals`: Visuals &amp; Images\n\n"},parameters:{items:{properties:{identifier:{pattern:"[-_a-z0-9\\.]+",type:"string",fieldDescription:`

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

`},height:{maxLength:10,type:"string",fieldDescription:"\n\nThe preferred height of the macro content, e.g. ``10px``,``100%``.\n\n"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","url","key"],not:{required:["unlicensedAccess"]}},minItems:1},E={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},x=re().default;function T(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.value===void 0){let i={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:E.required,parentSchema:E,data:p};e===null?e=[i]:e.push(i),r++}if(p.value!==void 0){let i=p.value;if(typeof i=="string"){if(x(i)>1500){let c={instancePath:n+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:E.properties.value,data:i};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:E.properties.value.type,parentSchema:E.properties.value,data:i};e===null?e=[c]:e.push(c),r++}}if(p.i18n!==void 0){let i=p.i18n;if(typeof i=="string"){if(x(i)>300){let c={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:E.properties.i18n,data:i};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:E.properties.i18n.type,parentSchema:E.properties.i18n,data:i};e===null?e=[c]:e.push(c),r++}}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:E.type,parentSchema:E,data:p};e===null?e=[i]:e.push(i),r++}return T.errors=e,r===0}var B={properties:{url:{type:"string",fieldDescription:`

`}},required:["url"],shortClassName:"embeddedStaticContentMacroBean",type:"object",title:"Embedded Static Content Macro",description:`

An embedded reference to a static macro resource.  These macro definitions are a subset of
 a Static Content Macro, defining only what cannot be inferred from the containing dynamic macro.

 These embedded static content macros are used to define render mode mappings for your dynamic content macro.

 <p><b>Example</b></p>





    {
      "modules": {
        "dynamicContentMacros": [
          {
            "renderModes": {
              "pdf": {
                "url": "/render-map-pdf"
              },
              "default": {
                "url": "/render-map-static"
              }
            },
            "url": "/render-map?pageTitle={page.title}",
            "categories": [],
            "outputType": "block",
            "bodyType": "none",
            "aliases": [],
            "name": {
              "value": "Maps"
            },
            "key": "dynamic-macro-example"
          }
        ]
      }
    }


`};function M(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.url===void 0){let i={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:B.required,parentSchema:B,data:p};e===null?e=[i]:e.push(i),r++}if(p.url!==void 0){let i=p.url;if(typeof i!="string"){let c={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:B.properties.url.type,parentSchema:B.properties.url,data:i};e===null?e=[c]:e.push(c),r++}}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:B.type,parentSchema:B,data:p};e===null?e=[i]:e.push(i),r++}return M.errors=e,r===0}var R={properties:{altText:{maxLength:1e3,type:"string",fieldDescription:`

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


`};function z(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.url===void 0){let i={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:R.required,parentSchema:R,data:p};e===null?e=[i]:e.push(i),r++}if(p.altText!==void 0){let i=p.altText;if(typeof i=="string"){if(x(i)>1e3){let c={instancePath:n+"/altText",schemaPath:"#/properties/altText/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:R.properties.altText,data:i};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/altText",schemaPath:"#/properties/altText/type",keyword:"type",params:{type:"string"},message:"must be string",schema:R.properties.altText.type,parentSchema:R.properties.altText,data:i};e===null?e=[c]:e.push(c),r++}}if(p.title!==void 0){let i=p.title;if(typeof i=="string"){if(x(i)>1e3){let c={instancePath:n+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:R.properties.title,data:i};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type:"string"},message:"must be string",schema:R.properties.title.type,parentSchema:R.properties.title,data:i};e===null?e=[c]:e.push(c),r++}}if(p.url!==void 0){let i=p.url;if(typeof i!="string"){let c={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:R.properties.url.type,parentSchema:R.properties.url,data:i};e===null?e=[c]:e.push(c),r++}}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:R.type,parentSchema:R,data:p};e===null?e=[i]:e.push(i),r++}return z.errors=e,r===0}var U={properties:{width:{type:"integer",fieldDescription:`

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


`};function G(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.url===void 0){let i={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:U.required,parentSchema:U,data:p};e===null?e=[i]:e.push(i),r++}if(p.width!==void 0){let i=p.width;if(!(typeof i=="number"&&!(i%1)&&!isNaN(i))){let c={instancePath:n+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:U.properties.width.type,parentSchema:U.properties.width,data:i};e===null?e=[c]:e.push(c),r++}}if(p.url!==void 0){let i=p.url;if(typeof i!="string"){let c={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:U.properties.url.type,parentSchema:U.properties.url,data:i};e===null?e=[c]:e.push(c),r++}}if(p.height!==void 0){let i=p.height;if(!(typeof i=="number"&&!(i%1)&&!isNaN(i))){let c={instancePath:n+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:U.properties.height.type,parentSchema:U.properties.height,data:i};e===null?e=[c]:e.push(c),r++}}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:U.type,parentSchema:U,data:p};e===null?e=[i]:e.push(i),r++}return G.errors=e,r===0}var j={properties:{matchers:{items:{$ref:"#/definitions/matchers"},maxItems:200,additionalItems:!1,uniqueItems:!1,type:"array",fieldDescription:`

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


`},V={properties:{pattern:{maxLength:1024,type:"string",fieldDescription:`

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


`};function W(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.pattern===void 0){let i={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"pattern"},message:"must have required property 'pattern'",schema:V.required,parentSchema:V,data:p};e===null?e=[i]:e.push(i),r++}if(p.pattern!==void 0){let i=p.pattern;if(typeof i=="string"){if(x(i)>1024){let c={instancePath:n+"/pattern",schemaPath:"#/properties/pattern/maxLength",keyword:"maxLength",params:{limit:1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:V.properties.pattern,data:i};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type:"string"},message:"must be string",schema:V.properties.pattern.type,parentSchema:V.properties.pattern,data:i};e===null?e=[c]:e.push(c),r++}}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:V.type,parentSchema:V,data:p};e===null?e=[i]:e.push(i),r++}return W.errors=e,r===0}function Z(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.urlParameter===void 0){let i={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"urlParameter"},message:"must have required property 'urlParameter'",schema:j.required,parentSchema:j,data:p};e===null?e=[i]:e.push(i),r++}if(p.matchers!==void 0){let i=p.matchers;if(Array.isArray(i)){if(i.length>200){let A={instancePath:n+"/matchers",schemaPath:"#/properties/matchers/maxItems",keyword:"maxItems",params:{limit:200},message:"must NOT have more than 200 items",schema:200,parentSchema:j.properties.matchers,data:i};e===null?e=[A]:e.push(A),r++}let c=i.length;for(let A=0;A<c;A++)W(i[A],{instancePath:n+"/matchers/"+A,parentData:i,parentDataProperty:A,rootData:P})||(e=e===null?W.errors:e.concat(W.errors),r=e.length)}else{let c={instancePath:n+"/matchers",schemaPath:"#/properties/matchers/type",keyword:"type",params:{type:"array"},message:"must be array",schema:j.properties.matchers.type,parentSchema:j.properties.matchers,data:i};e===null?e=[c]:e.push(c),r++}}if(p.urlParameter!==void 0){let i=p.urlParameter;if(typeof i=="string"){if(x(i)>100){let c={instancePath:n+"/urlParameter",schemaPath:"#/properties/urlParameter/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:j.properties.urlParameter,data:i};e===null?e=[c]:e.push(c),r++}}else{let c={instancePath:n+"/urlParameter",schemaPath:"#/properties/urlParameter/type",keyword:"type",params:{type:"string"},message:"must be string",schema:j.properties.urlParameter.type,parentSchema:j.properties.urlParameter,data:i};e===null?e=[c]:e.push(c),r++}}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:j.type,parentSchema:j,data:p};e===null?e=[i]:e.push(i),r++}return Z.errors=e,r===0}var I={properties:{applyChrome:{type:"boolean",fieldDescription:`

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


`};function Y(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.url===void 0){let i={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:I.required,parentSchema:I,data:p};e===null?e=[i]:e.push(i),r++}if(p.applyChrome!==void 0){let i=p.applyChrome;if(typeof i!="boolean"){let c={instancePath:n+"/applyChrome",schemaPath:"#/properties/applyChrome/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:I.properties.applyChrome.type,parentSchema:I.properties.applyChrome,data:i};e===null?e=[c]:e.push(c),r++}}if(p.width!==void 0){let i=p.width;if(!(typeof i=="number"&&!(i%1)&&!isNaN(i))){let c={instancePath:n+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:I.properties.width.type,parentSchema:I.properties.width,data:i};e===null?e=[c]:e.push(c),r++}}if(p.url!==void 0){let i=p.url;if(typeof i!="string"){let c={instancePath:n+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:I.properties.url.type,parentSchema:I.properties.url,data:i};e===null?e=[c]:e.push(c),r++}}if(p.height!==void 0){let i=p.height;if(!(typeof i=="number"&&!(i%1)&&!isNaN(i))){let c={instancePath:n+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:I.properties.height.type,parentSchema:I.properties.height,data:i};e===null?e=[c]:e.push(c),r++}}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:I.type,parentSchema:I,data:p};e===null?e=[i]:e.push(i),r++}return Y.errors=e,r===0}var $={properties:{enabled:{type:"boolean",fieldDescription:`

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

`};function F(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.enabled!==void 0){let i=p.enabled;if(typeof i!="boolean"){let c={instancePath:n+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:$.properties.enabled.type,parentSchema:$.properties.enabled,data:i};e===null?e=[c]:e.push(c),r++}}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:$.type,parentSchema:$,data:p};e===null?e=[i]:e.push(i),r++}return F.errors=e,r===0}var Q={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},oe=new RegExp("^[a-zA-Z0-9_-]+$","u");function K(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(typeof p=="string"){if(!oe.test(p)){let i={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:Q,data:p};e===null?e=[i]:e.push(i),r++}}else{let i={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:Q.type,parentSchema:Q,data:p};e===null?e=[i]:e.push(i),r++}return K.errors=e,r===0}var _=new RegExp("^[a-zA-Z0-9-]+$","u"),ne=new RegExp("[-_a-z0-9\\.]+","u");function H(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;if(Array.isArray(p)){if(p.length<1){let a={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:t,data:p};e===null?e=[a]:e.push(a),r++}let A=p.length;for(let a=0;a<A;a++){let u=p[a],X=r,ae=r;if(u&&typeof u=="object"&&!Array.isArray(u)){let o;if(u.unlicensedAccess===void 0&&(o="unlicensedAccess")){let m={};e===null?e=[m]:e.push(m),r++}}var i=ae===r;if(i){let o={instancePath:n+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:t.items.not,parentSchema:t.items,data:u};e===null?e=[o]:e.push(o),r++}else r=X,e!==null&&(X?e.length=X:e=null);if(u&&typeof u=="object"&&!Array.isArray(u)){if(u.name===void 0){let o={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:t.items.required,parentSchema:t.items,data:u};e===null?e=[o]:e.push(o),r++}if(u.url===void 0){let o={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:t.items.required,parentSchema:t.items,data:u};e===null?e=[o]:e.push(o),r++}if(u.key===void 0){let o={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.required,parentSchema:t.items,data:u};e===null?e=[o]:e.push(o),r++}if(u.bodyType!==void 0){let o=u.bodyType;if(typeof o!="string"){let m={instancePath:n+"/"+a+"/bodyType",schemaPath:"#/items/properties/bodyType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.bodyType.type,parentSchema:t.items.properties.bodyType,data:o};e===null?e=[m]:e.push(m),r++}if(!(o==="multi-body-rich-text"||o==="MULTI-BODY-RICH-TEXT"||o==="rich-text"||o==="RICH-TEXT"||o==="plain-text"||o==="PLAIN-TEXT"||o==="none"||o==="NONE")){let m={instancePath:n+"/"+a+"/bodyType",schemaPath:"#/items/properties/bodyType/enum",keyword:"enum",params:{allowedValues:t.items.properties.bodyType.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.bodyType.enum,parentSchema:t.items.properties.bodyType,data:o};e===null?e=[m]:e.push(m),r++}}if(u.editor!==void 0){let o=u.editor;if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.url===void 0){let m={instancePath:n+"/"+a+"/editor",schemaPath:"#/items/properties/editor/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:t.items.properties.editor.required,parentSchema:t.items.properties.editor,data:o};e===null?e=[m]:e.push(m),r++}if(o.insertTitle!==void 0&&(T(o.insertTitle,{instancePath:n+"/"+a+"/editor/insertTitle",parentData:o,parentDataProperty:"insertTitle",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),o.editTitle!==void 0&&(T(o.editTitle,{instancePath:n+"/"+a+"/editor/editTitle",parentData:o,parentDataProperty:"editTitle",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),o.width!==void 0){let m=o.width;if(typeof m=="string"){if(x(m)>10){let d={instancePath:n+"/"+a+"/editor/width",schemaPath:"#/items/properties/editor/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:t.items.properties.editor.properties.width,data:m};e===null?e=[d]:e.push(d),r++}}else{let d={instancePath:n+"/"+a+"/editor/width",schemaPath:"#/items/properties/editor/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.editor.properties.width.type,parentSchema:t.items.properties.editor.properties.width,data:m};e===null?e=[d]:e.push(d),r++}}if(o.cacheable!==void 0){let m=o.cacheable;if(typeof m!="boolean"){let d={instancePath:n+"/"+a+"/editor/cacheable",schemaPath:"#/items/properties/editor/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.editor.properties.cacheable.type,parentSchema:t.items.properties.editor.properties.cacheable,data:m};e===null?e=[d]:e.push(d),r++}}if(o.url!==void 0){let m=o.url;if(typeof m!="string"){let d={instancePath:n+"/"+a+"/editor/url",schemaPath:"#/items/properties/editor/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.editor.properties.url.type,parentSchema:t.items.properties.editor.properties.url,data:m};e===null?e=[d]:e.push(d),r++}}if(o.height!==void 0){let m=o.height;if(typeof m=="string"){if(x(m)>10){let d={instancePath:n+"/"+a+"/editor/height",schemaPath:"#/items/properties/editor/properties/height/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:t.items.properties.editor.properties.height,data:m};e===null?e=[d]:e.push(d),r++}}else{let d={instancePath:n+"/"+a+"/editor/height",schemaPath:"#/items/properties/editor/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.editor.properties.height.type,parentSchema:t.items.properties.editor.properties.height,data:m};e===null?e=[d]:e.push(d),r++}}}else{let m={instancePath:n+"/"+a+"/editor",schemaPath:"#/items/properties/editor/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.editor.type,parentSchema:t.items.properties.editor,data:o};e===null?e=[m]:e.push(m),r++}}if(u.featured!==void 0){let o=u.featured;if(typeof o!="boolean"){let m={instancePath:n+"/"+a+"/featured",schemaPath:"#/items/properties/featured/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.featured.type,parentSchema:t.items.properties.featured,data:o};e===null?e=[m]:e.push(m),r++}}if(u.aliases!==void 0){let o=u.aliases;if(Array.isArray(o)){let m=o.length;for(let d=0;d<m;d++){let l=o[d];if(typeof l=="string"){if(x(l)>100){let s={instancePath:n+"/"+a+"/aliases/"+d,schemaPath:"#/items/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.aliases.items,data:l};e===null?e=[s]:e.push(s),r++}}else{let s={instancePath:n+"/"+a+"/aliases/"+d,schemaPath:"#/items/properties/aliases/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.aliases.items.type,parentSchema:t.items.properties.aliases.items,data:l};e===null?e=[s]:e.push(s),r++}}}else{let m={instancePath:n+"/"+a+"/aliases",schemaPath:"#/items/properties/aliases/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.aliases.type,parentSchema:t.items.properties.aliases,data:o};e===null?e=[m]:e.push(m),r++}}if(u.hidden!==void 0){let o=u.hidden;if(typeof o!="boolean"){let m={instancePath:n+"/"+a+"/hidden",schemaPath:"#/items/properties/hidden/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.hidden.type,parentSchema:t.items.properties.hidden,data:o};e===null?e=[m]:e.push(m),r++}}if(u.renderModes!==void 0){let o=u.renderModes;if(o&&typeof o=="object"&&!Array.isArray(o))o.default!==void 0&&(M(o.default,{instancePath:n+"/"+a+"/renderModes/default",parentData:o,parentDataProperty:"default",rootData:P})||(e=e===null?M.errors:e.concat(M.errors),r=e.length)),o.pdf!==void 0&&(M(o.pdf,{instancePath:n+"/"+a+"/renderModes/pdf",parentData:o,parentDataProperty:"pdf",rootData:P})||(e=e===null?M.errors:e.concat(M.errors),r=e.length)),o.word!==void 0&&(M(o.word,{instancePath:n+"/"+a+"/renderModes/word",parentData:o,parentDataProperty:"word",rootData:P})||(e=e===null?M.errors:e.concat(M.errors),r=e.length)),o.email!==void 0&&(M(o.email,{instancePath:n+"/"+a+"/renderModes/email",parentData:o,parentDataProperty:"email",rootData:P})||(e=e===null?M.errors:e.concat(M.errors),r=e.length));else{let m={instancePath:n+"/"+a+"/renderModes",schemaPath:"#/items/properties/renderModes/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.renderModes.type,parentSchema:t.items.properties.renderModes,data:o};e===null?e=[m]:e.push(m),r++}}if(u.documentation!==void 0&&(z(u.documentation,{instancePath:n+"/"+a+"/documentation",parentData:u,parentDataProperty:"documentation",rootData:P})||(e=e===null?z.errors:e.concat(z.errors),r=e.length)),u.icon!==void 0&&(G(u.icon,{instancePath:n+"/"+a+"/icon",parentData:u,parentDataProperty:"icon",rootData:P})||(e=e===null?G.errors:e.concat(G.errors),r=e.length)),u.description!==void 0&&(T(u.description,{instancePath:n+"/"+a+"/description",parentData:u,parentDataProperty:"description",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),u.outputType!==void 0){let o=u.outputType;if(typeof o!="string"){let m={instancePath:n+"/"+a+"/outputType",schemaPath:"#/items/properties/outputType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.outputType.type,parentSchema:t.items.properties.outputType,data:o};e===null?e=[m]:e.push(m),r++}if(!(o==="block"||o==="BLOCK"||o==="inline"||o==="INLINE")){let m={instancePath:n+"/"+a+"/outputType",schemaPath:"#/items/properties/outputType/enum",keyword:"enum",params:{allowedValues:t.items.properties.outputType.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.outputType.enum,parentSchema:t.items.properties.outputType,data:o};e===null?e=[m]:e.push(m),r++}}if(u.url!==void 0){let o=u.url;if(typeof o!="string"){let m={instancePath:n+"/"+a+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.url.type,parentSchema:t.items.properties.url,data:o};e===null?e=[m]:e.push(m),r++}}if(u.propertyPanel!==void 0){let o=u.propertyPanel;if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.url===void 0){let m={instancePath:n+"/"+a+"/propertyPanel",schemaPath:"#/items/properties/propertyPanel/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:t.items.properties.propertyPanel.required,parentSchema:t.items.properties.propertyPanel,data:o};e===null?e=[m]:e.push(m),r++}if(o.controls!==void 0){let m=o.controls;if(Array.isArray(m)){let d=m.length;for(let l=0;l<d;l++){let s=m[l];if(!(s&&typeof s=="object"&&!Array.isArray(s))){let f={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items,data:s};e===null?e=[f]:e.push(f),r++}let g=r,v=!1,N=r;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.label===void 0){let f={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/required",keyword:"required",params:{missingProperty:"label"},message:"must have required property 'label'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0],data:s};e===null?e=[f]:e.push(f),r++}if(s.type===void 0){let f={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0],data:s};e===null?e=[f]:e.push(f),r++}if(s.key===void 0){let f={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0],data:s};e===null?e=[f]:e.push(f),r++}if(s.label!==void 0&&(T(s.label,{instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/label",parentData:s,parentDataProperty:"label",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),s.type!==void 0){let f=s.type;if(typeof f!="string"){let L={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type,data:f};e===null?e=[L]:e.push(L),r++}if(!(f==="button"||f==="BUTTON")){let L={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.type,data:f};e===null?e=[L]:e.push(L),r++}}if(s.key!==void 0){let f=s.key;if(typeof f=="string"){if(x(f)>100){let L={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.key,data:f};e===null?e=[L]:e.push(L),r++}if(!_.test(f)){let L={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.key,data:f};e===null?e=[L]:e.push(L),r++}}else{let L={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.key.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].properties.key,data:f};e===null?e=[L]:e.push(L),r++}}}else{let f={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0].type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[0],data:s};e===null?e=[f]:e.push(f),r++}var c=N===r;if(v=v||c,!v){let f=r;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.controls===void 0){let k={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/required",keyword:"required",params:{missingProperty:"controls"},message:"must have required property 'controls'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1],data:s};e===null?e=[k]:e.push(k),r++}if(s.macroParameter===void 0){let k={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/required",keyword:"required",params:{missingProperty:"macroParameter"},message:"must have required property 'macroParameter'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1],data:s};e===null?e=[k]:e.push(k),r++}if(s.type===void 0){let k={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1],data:s};e===null?e=[k]:e.push(k),r++}if(s.controls!==void 0){let k=s.controls;if(Array.isArray(k)){let q=k.length;for(let b=0;b<q;b++){let w=k[b];if(w&&typeof w=="object"&&!Array.isArray(w)){if(w.macroParameterValue===void 0){let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/required",keyword:"required",params:{missingProperty:"macroParameterValue"},message:"must have required property 'macroParameterValue'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items,data:w};e===null?e=[h]:e.push(h),r++}if(w.label===void 0){let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/required",keyword:"required",params:{missingProperty:"label"},message:"must have required property 'label'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items,data:w};e===null?e=[h]:e.push(h),r++}if(w.type===void 0){let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items,data:w};e===null?e=[h]:e.push(h),r++}if(w.key===void 0){let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items,data:w};e===null?e=[h]:e.push(h),r++}if(w.macroParameterValue!==void 0){let h=w.macroParameterValue;if(typeof h=="string"){if(x(h)>1e4){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b+"/macroParameterValue",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/properties/macroParameterValue/maxLength",keyword:"maxLength",params:{limit:1e4},message:"must NOT have more than 10000 characters",schema:1e4,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.macroParameterValue,data:h};e===null?e=[y]:e.push(y),r++}}else{let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b+"/macroParameterValue",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/properties/macroParameterValue/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.macroParameterValue.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.macroParameterValue,data:h};e===null?e=[y]:e.push(y),r++}}if(w.label!==void 0&&(T(w.label,{instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b+"/label",parentData:w,parentDataProperty:"label",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),w.type!==void 0){let h=w.type;if(typeof h!="string"){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.type,data:h};e===null?e=[y]:e.push(y),r++}if(!(h==="togglebutton"||h==="TOGGLEBUTTON")){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.type,data:h};e===null?e=[y]:e.push(y),r++}}if(w.key!==void 0){let h=w.key;if(typeof h=="string"){if(x(h)>100){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.key,data:h};e===null?e=[y]:e.push(y),r++}if(!_.test(h)){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.key,data:h};e===null?e=[y]:e.push(y),r++}}else{let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.key.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.properties.key,data:h};e===null?e=[y]:e.push(y),r++}}}else{let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+b,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.items,data:w};e===null?e=[h]:e.push(h),r++}}}else{let q={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/controls/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.controls,data:k};e===null?e=[q]:e.push(q),r++}}if(s.macroParameter!==void 0){let k=s.macroParameter;if(typeof k=="string"){if(x(k)>100){let q={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/macroParameter/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.macroParameter,data:k};e===null?e=[q]:e.push(q),r++}if(!ne.test(k)){let q={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/macroParameter/pattern",keyword:"pattern",params:{pattern:"[-_a-z0-9\\.]+"},message:'must match pattern "[-_a-z0-9\\.]+"',schema:"[-_a-z0-9\\.]+",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.macroParameter,data:k};e===null?e=[q]:e.push(q),r++}}else{let q={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/macroParameter/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.macroParameter.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.macroParameter,data:k};e===null?e=[q]:e.push(q),r++}}if(s.type!==void 0){let k=s.type;if(typeof k!="string"){let q={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type,data:k};e===null?e=[q]:e.push(q),r++}if(!(k==="togglegroup"||k==="TOGGLEGROUP")){let q={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].properties.type,data:k};e===null?e=[q]:e.push(q),r++}}}else{let k={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1].type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[1],data:s};e===null?e=[k]:e.push(k),r++}var c=f===r;if(v=v||c,!v){let k=r;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.controls===void 0){let b={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/required",keyword:"required",params:{missingProperty:"controls"},message:"must have required property 'controls'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2],data:s};e===null?e=[b]:e.push(b),r++}if(s.type===void 0){let b={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2],data:s};e===null?e=[b]:e.push(b),r++}if(s.controls!==void 0){let b=s.controls;if(Array.isArray(b)){let w=b.length;for(let h=0;h<w;h++){let y=b[h];if(y&&typeof y=="object"&&!Array.isArray(y)){if(y.label===void 0){let D={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/required",keyword:"required",params:{missingProperty:"label"},message:"must have required property 'label'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items,data:y};e===null?e=[D]:e.push(D),r++}if(y.type===void 0){let D={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items,data:y};e===null?e=[D]:e.push(D),r++}if(y.key===void 0){let D={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items,data:y};e===null?e=[D]:e.push(D),r++}if(y.label!==void 0&&(T(y.label,{instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h+"/label",parentData:y,parentDataProperty:"label",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),y.type!==void 0){let D=y.type;if(typeof D!="string"){let C={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.type,data:D};e===null?e=[C]:e.push(C),r++}if(!(D==="button"||D==="BUTTON")){let C={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.type,data:D};e===null?e=[C]:e.push(C),r++}}if(y.key!==void 0){let D=y.key;if(typeof D=="string"){if(x(D)>100){let C={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.key,data:D};e===null?e=[C]:e.push(C),r++}if(!_.test(D)){let C={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.key,data:D};e===null?e=[C]:e.push(C),r++}}else{let C={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.key.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.properties.key,data:D};e===null?e=[C]:e.push(C),r++}}}else{let D={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls/"+h,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.items,data:y};e===null?e=[D]:e.push(D),r++}}}else{let w={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/controls",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/controls/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.controls,data:b};e===null?e=[w]:e.push(w),r++}}if(s.type!==void 0){let b=s.type;if(typeof b!="string"){let w={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type,data:b};e===null?e=[w]:e.push(w),r++}if(!(b==="group"||b==="GROUP")){let w={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].properties.type,data:b};e===null?e=[w]:e.push(w),r++}}}else{let b={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/2/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2].type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[2],data:s};e===null?e=[b]:e.push(b),r++}var c=k===r;if(v=v||c,!v){let b=r;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.macroParameter===void 0){let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/required",keyword:"required",params:{missingProperty:"macroParameter"},message:"must have required property 'macroParameter'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3],data:s};e===null?e=[h]:e.push(h),r++}if(s.type===void 0){let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3],data:s};e===null?e=[h]:e.push(h),r++}if(s.key===void 0){let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].required,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3],data:s};e===null?e=[h]:e.push(h),r++}if(s.macroParameter!==void 0){let h=s.macroParameter;if(typeof h=="string"){if(x(h)>100){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/macroParameter/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.macroParameter,data:h};e===null?e=[y]:e.push(y),r++}}else{let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/macroParameter",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/macroParameter/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.macroParameter.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.macroParameter,data:h};e===null?e=[y]:e.push(y),r++}}if(s.type!==void 0){let h=s.type;if(typeof h!="string"){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type,data:h};e===null?e=[y]:e.push(y),r++}if(!(h==="text"||h==="TEXT")){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/type",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type.enum,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.type,data:h};e===null?e=[y]:e.push(y),r++}}if(s.key!==void 0){let h=s.key;if(typeof h=="string"){if(x(h)>100){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.key,data:h};e===null?e=[y]:e.push(y),r++}if(!_.test(h)){let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.key,data:h};e===null?e=[y]:e.push(y),r++}}else{let y={instancePath:n+"/"+a+"/propertyPanel/controls/"+l+"/key",schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.key.type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].properties.key,data:h};e===null?e=[y]:e.push(y),r++}}}else{let h={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf/3/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3].type,parentSchema:t.items.properties.propertyPanel.properties.controls.items.anyOf[3],data:s};e===null?e=[h]:e.push(h),r++}var c=b===r;v=v||c}}}if(v)r=g,e!==null&&(g?e.length=g:e=null);else{let f={instancePath:n+"/"+a+"/propertyPanel/controls/"+l,schemaPath:"#/items/properties/propertyPanel/properties/controls/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:t.items.properties.propertyPanel.properties.controls.items.anyOf,parentSchema:t.items.properties.propertyPanel.properties.controls.items,data:s};e===null?e=[f]:e.push(f),r++}}}else{let d={instancePath:n+"/"+a+"/propertyPanel/controls",schemaPath:"#/items/properties/propertyPanel/properties/controls/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.propertyPanel.properties.controls.type,parentSchema:t.items.properties.propertyPanel.properties.controls,data:m};e===null?e=[d]:e.push(d),r++}}if(o.cacheable!==void 0){let m=o.cacheable;if(typeof m!="boolean"){let d={instancePath:n+"/"+a+"/propertyPanel/cacheable",schemaPath:"#/items/properties/propertyPanel/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.propertyPanel.properties.cacheable.type,parentSchema:t.items.properties.propertyPanel.properties.cacheable,data:m};e===null?e=[d]:e.push(d),r++}}if(o.url!==void 0){let m=o.url;if(typeof m!="string"){let d={instancePath:n+"/"+a+"/propertyPanel/url",schemaPath:"#/items/properties/propertyPanel/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.propertyPanel.properties.url.type,parentSchema:t.items.properties.propertyPanel.properties.url,data:m};e===null?e=[d]:e.push(d),r++}}}else{let m={instancePath:n+"/"+a+"/propertyPanel",schemaPath:"#/items/properties/propertyPanel/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.propertyPanel.type,parentSchema:t.items.properties.propertyPanel,data:o};e===null?e=[m]:e.push(m),r++}}if(u.autoconvert!==void 0&&(Z(u.autoconvert,{instancePath:n+"/"+a+"/autoconvert",parentData:u,parentDataProperty:"autoconvert",rootData:P})||(e=e===null?Z.errors:e.concat(Z.errors),r=e.length)),u.imagePlaceholder!==void 0&&(Y(u.imagePlaceholder,{instancePath:n+"/"+a+"/imagePlaceholder",parentData:u,parentDataProperty:"imagePlaceholder",rootData:P})||(e=e===null?Y.errors:e.concat(Y.errors),r=e.length)),u.refDataSchema!==void 0){let o=u.refDataSchema;if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.outputType!==void 0){let m=o.outputType;if(typeof m=="string"){if(x(m)>255){let d={instancePath:n+"/"+a+"/refDataSchema/outputType",schemaPath:"#/items/properties/refDataSchema/properties/outputType/maxLength",keyword:"maxLength",params:{limit:255},message:"must NOT have more than 255 characters",schema:255,parentSchema:t.items.properties.refDataSchema.properties.outputType,data:m};e===null?e=[d]:e.push(d),r++}}else{let d={instancePath:n+"/"+a+"/refDataSchema/outputType",schemaPath:"#/items/properties/refDataSchema/properties/outputType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.refDataSchema.properties.outputType.type,parentSchema:t.items.properties.refDataSchema.properties.outputType,data:m};e===null?e=[d]:e.push(d),r++}}if(o.inputType!==void 0){let m=o.inputType;if(typeof m=="string"){if(x(m)>255){let d={instancePath:n+"/"+a+"/refDataSchema/inputType",schemaPath:"#/items/properties/refDataSchema/properties/inputType/maxLength",keyword:"maxLength",params:{limit:255},message:"must NOT have more than 255 characters",schema:255,parentSchema:t.items.properties.refDataSchema.properties.inputType,data:m};e===null?e=[d]:e.push(d),r++}}else{let d={instancePath:n+"/"+a+"/refDataSchema/inputType",schemaPath:"#/items/properties/refDataSchema/properties/inputType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.refDataSchema.properties.inputType.type,parentSchema:t.items.properties.refDataSchema.properties.inputType,data:m};e===null?e=[d]:e.push(d),r++}}}else{let m={instancePath:n+"/"+a+"/refDataSchema",schemaPath:"#/items/properties/refDataSchema/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.refDataSchema.type,parentSchema:t.items.properties.refDataSchema,data:o};e===null?e=[m]:e.push(m),r++}}if(u.width!==void 0){let o=u.width;if(typeof o=="string"){if(x(o)>10){let m={instancePath:n+"/"+a+"/width",schemaPath:"#/items/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:t.items.properties.width,data:o};e===null?e=[m]:e.push(m),r++}}else{let m={instancePath:n+"/"+a+"/width",schemaPath:"#/items/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.width.type,parentSchema:t.items.properties.width,data:o};e===null?e=[m]:e.push(m),r++}}if(u.name!==void 0&&(T(u.name,{instancePath:n+"/"+a+"/name",parentData:u,parentDataProperty:"name",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),u.cacheable!==void 0){let o=u.cacheable;if(typeof o!="boolean"){let m={instancePath:n+"/"+a+"/cacheable",schemaPath:"#/items/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.cacheable.type,parentSchema:t.items.properties.cacheable,data:o};e===null?e=[m]:e.push(m),r++}}if(u.categories!==void 0){let o=u.categories;if(Array.isArray(o)){let m=o.length;for(let d=0;d<m;d++){let l=o[d];if(typeof l=="string"){if(x(l)>100){let s={instancePath:n+"/"+a+"/categories/"+d,schemaPath:"#/items/properties/categories/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.categories.items,data:l};e===null?e=[s]:e.push(s),r++}}else{let s={instancePath:n+"/"+a+"/categories/"+d,schemaPath:"#/items/properties/categories/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.categories.items.type,parentSchema:t.items.properties.categories.items,data:l};e===null?e=[s]:e.push(s),r++}}}else{let m={instancePath:n+"/"+a+"/categories",schemaPath:"#/items/properties/categories/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.categories.type,parentSchema:t.items.properties.categories,data:o};e===null?e=[m]:e.push(m),r++}}if(u.parameters!==void 0){let o=u.parameters;if(Array.isArray(o)){let m=o.length;for(let d=0;d<m;d++){let l=o[d];if(l&&typeof l=="object"&&!Array.isArray(l)){if(l.identifier===void 0){let s={instancePath:n+"/"+a+"/parameters/"+d,schemaPath:"#/items/properties/parameters/items/required",keyword:"required",params:{missingProperty:"identifier"},message:"must have required property 'identifier'",schema:t.items.properties.parameters.items.required,parentSchema:t.items.properties.parameters.items,data:l};e===null?e=[s]:e.push(s),r++}if(l.name===void 0){let s={instancePath:n+"/"+a+"/parameters/"+d,schemaPath:"#/items/properties/parameters/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:t.items.properties.parameters.items.required,parentSchema:t.items.properties.parameters.items,data:l};e===null?e=[s]:e.push(s),r++}if(l.type===void 0){let s={instancePath:n+"/"+a+"/parameters/"+d,schemaPath:"#/items/properties/parameters/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:t.items.properties.parameters.items.required,parentSchema:t.items.properties.parameters.items,data:l};e===null?e=[s]:e.push(s),r++}if(l.identifier!==void 0){let s=l.identifier;if(typeof s=="string"){if(!ne.test(s)){let g={instancePath:n+"/"+a+"/parameters/"+d+"/identifier",schemaPath:"#/items/properties/parameters/items/properties/identifier/pattern",keyword:"pattern",params:{pattern:"[-_a-z0-9\\.]+"},message:'must match pattern "[-_a-z0-9\\.]+"',schema:"[-_a-z0-9\\.]+",parentSchema:t.items.properties.parameters.items.properties.identifier,data:s};e===null?e=[g]:e.push(g),r++}}else{let g={instancePath:n+"/"+a+"/parameters/"+d+"/identifier",schemaPath:"#/items/properties/parameters/items/properties/identifier/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.identifier.type,parentSchema:t.items.properties.parameters.items.properties.identifier,data:s};e===null?e=[g]:e.push(g),r++}}if(l.aliases!==void 0){let s=l.aliases;if(Array.isArray(s)){let g=s.length;for(let v=0;v<g;v++){let N=s[v];if(typeof N=="string"){if(x(N)>100){let f={instancePath:n+"/"+a+"/parameters/"+d+"/aliases/"+v,schemaPath:"#/items/properties/parameters/items/properties/aliases/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:t.items.properties.parameters.items.properties.aliases.items,data:N};e===null?e=[f]:e.push(f),r++}}else{let f={instancePath:n+"/"+a+"/parameters/"+d+"/aliases/"+v,schemaPath:"#/items/properties/parameters/items/properties/aliases/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.aliases.items.type,parentSchema:t.items.properties.parameters.items.properties.aliases.items,data:N};e===null?e=[f]:e.push(f),r++}}}else{let g={instancePath:n+"/"+a+"/parameters/"+d+"/aliases",schemaPath:"#/items/properties/parameters/items/properties/aliases/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.parameters.items.properties.aliases.type,parentSchema:t.items.properties.parameters.items.properties.aliases,data:s};e===null?e=[g]:e.push(g),r++}}if(l.hidden!==void 0){let s=l.hidden;if(typeof s!="boolean"){let g={instancePath:n+"/"+a+"/parameters/"+d+"/hidden",schemaPath:"#/items/properties/parameters/items/properties/hidden/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.parameters.items.properties.hidden.type,parentSchema:t.items.properties.parameters.items.properties.hidden,data:s};e===null?e=[g]:e.push(g),r++}}if(l.indexing!==void 0&&(F(l.indexing,{instancePath:n+"/"+a+"/parameters/"+d+"/indexing",parentData:l,parentDataProperty:"indexing",rootData:P})||(e=e===null?F.errors:e.concat(F.errors),r=e.length)),l.defaultValue!==void 0){let s=l.defaultValue;if(typeof s=="string"){if(x(s)>1e3){let g={instancePath:n+"/"+a+"/parameters/"+d+"/defaultValue",schemaPath:"#/items/properties/parameters/items/properties/defaultValue/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:t.items.properties.parameters.items.properties.defaultValue,data:s};e===null?e=[g]:e.push(g),r++}}else{let g={instancePath:n+"/"+a+"/parameters/"+d+"/defaultValue",schemaPath:"#/items/properties/parameters/items/properties/defaultValue/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.defaultValue.type,parentSchema:t.items.properties.parameters.items.properties.defaultValue,data:s};e===null?e=[g]:e.push(g),r++}}if(l.values!==void 0){let s=l.values;if(Array.isArray(s)){let g=s.length;for(let v=0;v<g;v++){let N=s[v];if(typeof N=="string"){if(x(N)>1e3){let f={instancePath:n+"/"+a+"/parameters/"+d+"/values/"+v,schemaPath:"#/items/properties/parameters/items/properties/values/items/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:t.items.properties.parameters.items.properties.values.items,data:N};e===null?e=[f]:e.push(f),r++}}else{let f={instancePath:n+"/"+a+"/parameters/"+d+"/values/"+v,schemaPath:"#/items/properties/parameters/items/properties/values/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.values.items.type,parentSchema:t.items.properties.parameters.items.properties.values.items,data:N};e===null?e=[f]:e.push(f),r++}}}else{let g={instancePath:n+"/"+a+"/parameters/"+d+"/values",schemaPath:"#/items/properties/parameters/items/properties/values/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.parameters.items.properties.values.type,parentSchema:t.items.properties.parameters.items.properties.values,data:s};e===null?e=[g]:e.push(g),r++}}if(l.name!==void 0&&(T(l.name,{instancePath:n+"/"+a+"/parameters/"+d+"/name",parentData:l,parentDataProperty:"name",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),l.multiple!==void 0){let s=l.multiple;if(typeof s!="boolean"){let g={instancePath:n+"/"+a+"/parameters/"+d+"/multiple",schemaPath:"#/items/properties/parameters/items/properties/multiple/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.parameters.items.properties.multiple.type,parentSchema:t.items.properties.parameters.items.properties.multiple,data:s};e===null?e=[g]:e.push(g),r++}}if(l.description!==void 0&&(T(l.description,{instancePath:n+"/"+a+"/parameters/"+d+"/description",parentData:l,parentDataProperty:"description",rootData:P})||(e=e===null?T.errors:e.concat(T.errors),r=e.length)),l.type!==void 0){let s=l.type;if(typeof s!="string"){let g={instancePath:n+"/"+a+"/parameters/"+d+"/type",schemaPath:"#/items/properties/parameters/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.parameters.items.properties.type.type,parentSchema:t.items.properties.parameters.items.properties.type,data:s};e===null?e=[g]:e.push(g),r++}if(!(s==="attachment"||s==="ATTACHMENT"||s==="boolean"||s==="BOOLEAN"||s==="confluence-content"||s==="CONFLUENCE-CONTENT"||s==="enum"||s==="ENUM"||s==="int"||s==="INT"||s==="label"||s==="LABEL"||s==="spacekey"||s==="SPACEKEY"||s==="string"||s==="STRING"||s==="url"||s==="URL"||s==="username"||s==="USERNAME")){let g={instancePath:n+"/"+a+"/parameters/"+d+"/type",schemaPath:"#/items/properties/parameters/items/properties/type/enum",keyword:"enum",params:{allowedValues:t.items.properties.parameters.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:t.items.properties.parameters.items.properties.type.enum,parentSchema:t.items.properties.parameters.items.properties.type,data:s};e===null?e=[g]:e.push(g),r++}}if(l.required!==void 0){let s=l.required;if(typeof s!="boolean"){let g={instancePath:n+"/"+a+"/parameters/"+d+"/required",schemaPath:"#/items/properties/parameters/items/properties/required/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:t.items.properties.parameters.items.properties.required.type,parentSchema:t.items.properties.parameters.items.properties.required,data:s};e===null?e=[g]:e.push(g),r++}}}else{let s={instancePath:n+"/"+a+"/parameters/"+d,schemaPath:"#/items/properties/parameters/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:t.items.properties.parameters.items.type,parentSchema:t.items.properties.parameters.items,data:l};e===null?e=[s]:e.push(s),r++}}}else{let m={instancePath:n+"/"+a+"/parameters",schemaPath:"#/items/properties/parameters/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.items.properties.parameters.type,parentSchema:t.items.properties.parameters,data:o};e===null?e=[m]:e.push(m),r++}}if(u.height!==void 0){let o=u.height;if(typeof o=="string"){if(x(o)>10){let m={instancePath:n+"/"+a+"/height",schemaPath:"#/items/properties/height/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:t.items.properties.height,data:o};e===null?e=[m]:e.push(m),r++}}else{let m={instancePath:n+"/"+a+"/height",schemaPath:"#/items/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:t.items.properties.height.type,parentSchema:t.items.properties.height,data:o};e===null?e=[m]:e.push(m),r++}}u.key!==void 0&&(K(u.key,{instancePath:n+"/"+a+"/key",parentData:u,parentDataProperty:"key",rootData:P})||(e=e===null?K.errors:e.concat(K.errors),r=e.length))}}}else{let A={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:t.type,parentSchema:t,data:p};e===null?e=[A]:e.push(A),r++}return H.errors=e,r===0}function ee(p,{instancePath:n="",parentData:O,parentDataProperty:S,rootData:P=p}={}){let e=null,r=0;return H(p,{instancePath:n,parentData:O,parentDataProperty:S,rootData:P})||(e=e===null?H.errors:e.concat(H.errors),r=e.length),ee.errors=e,r===0}
