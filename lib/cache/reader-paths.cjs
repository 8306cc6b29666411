// Paths that are not reader pages: the studio, sign-in, shared previews, the API, assets,
// uploaded media, generated images and the not-found page. The response cache never keeps
// them and the page cache leaves their first visit to Next (response-cache.cjs,
// page-cache-handler.cjs). CommonJS so both, loaded outside the app bundle too, can use it.
const NOT_READER_PAGE = /^\/(?:studio|api|_next|login|preview|media|og|_not-found)(?:[/?]|$)/;

module.exports = { NOT_READER_PAGE };
