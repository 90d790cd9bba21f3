//! The `OpenAPI` document, generated from the handlers and the shared wire types; a committed
//! copy (`openapi.json`) is checked against it by a test.

use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use super::routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "tik", description = "The tik ticket service: a customer-support desk over HTTP."),
    paths(
        routes::meta::health, routes::meta::openapi, routes::meta::catalogue, routes::meta::limits, routes::meta::me,
        routes::tickets::create, routes::tickets::list, routes::tickets::show, routes::tickets::update,
        routes::tickets::comment, routes::tickets::escalate, routes::tickets::close, routes::tickets::reopen,
        routes::attachments::upload, routes::attachments::discard, routes::attachments::attach, routes::attachments::download,
    ),
    modifiers(&BearerAuth),
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub(crate) fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}
