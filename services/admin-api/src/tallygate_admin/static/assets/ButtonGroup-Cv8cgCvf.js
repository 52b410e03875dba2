import{H as e,K as t,Mt as n,Nt as r,Ot as i,R as a,V as o,b as s,jt as c,kt as l,r as u}from"./Button-DA5Pq1uX.js";import{N as d,P as f,p,v as m}from"./runtime-core.esm-bundler-DolcaMW8.js";var h=`0!important`,g=`-1px!important`;function _(e){return n(`${e}-type`,[i(`& +`,[l(`button`,{},[n(`${e}-type`,[c(`border`,{borderLeftWidth:h}),c(`state-border`,{left:g})])])])])}function v(e){return n(`${e}-type`,[i(`& +`,[l(`button`,[n(`${e}-type`,[c(`border`,{borderTopWidth:h}),c(`state-border`,{top:g})])])])])}var y=l(`button-group`,`
 flex-wrap: nowrap;
 display: inline-flex;
 position: relative;
`,[r(`vertical`,{flexDirection:`row`},[r(`rtl`,[l(`button`,[i(`&:first-child:not(:last-child)`,`
 margin-right: ${h};
 border-top-right-radius: ${h};
 border-bottom-right-radius: ${h};
 `),i(`&:last-child:not(:first-child)`,`
 margin-left: ${h};
 border-top-left-radius: ${h};
 border-bottom-left-radius: ${h};
 `),i(`&:not(:first-child):not(:last-child)`,`
 margin-left: ${h};
 margin-right: ${h};
 border-radius: ${h};
 `),_(`default`),n(`ghost`,[_(`primary`),_(`info`),_(`success`),_(`warning`),_(`error`)])])])]),n(`vertical`,{flexDirection:`column`},[l(`button`,[i(`&:first-child:not(:last-child)`,`
 margin-bottom: ${h};
 margin-left: ${h};
 margin-right: ${h};
 border-bottom-left-radius: ${h};
 border-bottom-right-radius: ${h};
 `),i(`&:last-child:not(:first-child)`,`
 margin-top: ${h};
 margin-left: ${h};
 margin-right: ${h};
 border-top-left-radius: ${h};
 border-top-right-radius: ${h};
 `),i(`&:not(:first-child):not(:last-child)`,`
 margin: ${h};
 border-radius: ${h};
 `),v(`default`),n(`ghost`,[v(`primary`),v(`info`),v(`success`),v(`warning`),v(`error`)])])])]),b=m({name:`ButtonGroup`,props:{size:String,vertical:Boolean},setup(n){let{mergedClsPrefixRef:r,mergedRtlRef:i}=t(n);return e(`-button-group`,y,r),f(u,n),{rtlEnabled:s(`ButtonGroup`,i,r),mergedClsPrefix:r}},render(){let{mergedClsPrefix:e}=this;return d(),p(`div`,{class:a([`${e}-button-group`,this.rtlEnabled&&`${e}-button-group--rtl`,this.vertical&&`${e}-button-group--vertical`]),role:`group`},[o(()=>this.$slots.default?.())],2)}});export{b as t};