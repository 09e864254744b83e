/**
 * The standard-object catalog read from apex-ls's sobject-types jar. It lives in the Apex runtime, whose schema
 * is built from it too, so the static checks and the runtime agree on what a standard field is.
 */
export {
    StandardObjectCatalog,
    sobjectTypesJar,
    type StandardObject
} from '../../tools/apex-runtime/src/schema/sobjectJar';
