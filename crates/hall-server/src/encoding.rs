//! Answers kept as the bytes they are sent as: a hall's whole item list is the heaviest
//! answer and the most asked for, so its JSON is encoded once per hall, language and
//! encoding (brotli at quality 9, gzip at level 9: once, not per request) and then
//! sent as it is, with its `ETag` (the same tag the caching layer gives any answer: a hash
//! of the JSON, whatever the encoding). Everything else is compressed on the fly by the
//! compression layer, which leaves an answer that has a `Content-Encoding` alone. A
//! national search's answer is kept the same way, per query (`Store::hall_search_body`):
//! popular searches repeat, and their compression was a third of their cost.

use std::io::Write;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hall_model::Lang;

use crate::api::caching;

/// How an answer's bytes are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyEncoding {
    Identity,
    Brotli,
    Gzip,
}

impl BodyEncoding {
    /// The best encoding the request's `Accept-Encoding` allows: brotli, then gzip, then
    /// none. A coding with `q=0` is refused; `*` stands for any coding not named.
    pub fn negotiate(headers: &HeaderMap) -> BodyEncoding {
        let mut brotli = None;
        let mut gzip = None;
        let mut any = None;
        for value in headers.get_all(header::ACCEPT_ENCODING) {
            let Ok(value) = value.to_str() else { continue };
            for part in value.split(',') {
                let mut pieces = part.split(';');
                let coding = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
                let q = pieces
                    .filter_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
                    .filter_map(|q| q.trim().parse::<f32>().ok())
                    .next()
                    .unwrap_or(1.0);
                let accepted = q > 0.0;
                match coding.as_str() {
                    "br" => brotli = Some(accepted),
                    "gzip" | "x-gzip" => gzip = Some(accepted),
                    "*" => any = Some(accepted),
                    _ => {}
                }
            }
        }
        let any = any.unwrap_or(false);
        if brotli.unwrap_or(any) {
            BodyEncoding::Brotli
        } else if gzip.unwrap_or(any) {
            BodyEncoding::Gzip
        } else {
            BodyEncoding::Identity
        }
    }

    fn header(self) -> Option<HeaderValue> {
        match self {
            BodyEncoding::Identity => None,
            BodyEncoding::Brotli => Some(HeaderValue::from_static("br")),
            BodyEncoding::Gzip => Some(HeaderValue::from_static("gzip")),
        }
    }
}

/// A JSON answer as sent: its tag and its bytes in one encoding.
#[derive(Debug)]
pub struct EncodedBody {
    pub etag: HeaderValue,
    pub encoding: BodyEncoding,
    pub bytes: Bytes,
}

impl EncodedBody {
    /// Encodes `json` (brotli at quality 9, gzip at level 9). Measured on the largest
    /// list (1,500 items, 363 KB of JSON): brotli 9 gives 9.8 KB in 10 ms, 11 gives 7.5 KB
    /// in 980 ms, which a burst of first requests after a start would each wait for (16
    /// at once on 2 cores answered none within 5 s); 4, what the compression layer uses
    /// on the fly, gives 19.5 KB.
    pub fn new(json: &[u8], encoding: BodyEncoding) -> EncodedBody {
        EncodedBody::at_level(json, encoding, 9, flate2::Compression::best())
    }

    /// Encodes a small answer kept for its repeats (a search's): brotli 5, gzip 6, about
    /// what the compression layer spends on the fly, so a first request costs no more.
    pub fn quick(json: &[u8], encoding: BodyEncoding) -> EncodedBody {
        EncodedBody::at_level(json, encoding, 5, flate2::Compression::default())
    }

    fn at_level(json: &[u8], encoding: BodyEncoding, brotli_quality: u32, gzip_level: flate2::Compression) -> EncodedBody {
        let etag = HeaderValue::from_str(&caching::weak_tag(json)).expect("hex");
        let bytes = match encoding {
            BodyEncoding::Identity => json.to_vec(),
            BodyEncoding::Brotli => {
                let mut out = Vec::with_capacity(json.len() / 6);
                {
                    let mut writer = brotli::CompressorWriter::new(&mut out, 4096, brotli_quality, 22);
                    writer.write_all(json).expect("writing to memory");
                }
                out
            }
            BodyEncoding::Gzip => {
                let mut writer = flate2::write::GzEncoder::new(Vec::with_capacity(json.len() / 5), gzip_level);
                writer.write_all(json).expect("writing to memory");
                writer.finish().expect("writing to memory")
            }
        };
        EncodedBody { etag, encoding, bytes: Bytes::from(bytes) }
    }

    /// The answer to a GET: `304 Not Modified` when the request's `If-None-Match` names
    /// this tag (or is `*`), else the bytes; with the headers any catalogue answer has.
    pub fn answer(&self, request: &HeaderMap, lang: Lang) -> Response {
        let tag = self.etag.to_str().unwrap_or_default();
        let matches = request.get_all(header::IF_NONE_MATCH).iter().filter_map(|v| v.to_str().ok()).any(|list| caching::names(list, tag));
        let mut headers = HeaderMap::new();
        headers.insert(header::ETAG, self.etag.clone());
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(caching::CATALOGUE_CACHE));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Accept-Encoding"));
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.tag()));
        if matches {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Some(coding) = self.encoding.header() {
            headers.insert(header::CONTENT_ENCODING, coding);
        }
        (headers, Body::from(self.bytes.clone())).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> BodyEncoding {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        BodyEncoding::negotiate(&headers)
    }

    #[test]
    fn negotiates_brotli_then_gzip_then_none() {
        assert_eq!(accepting("gzip, deflate, br, zstd"), BodyEncoding::Brotli);
        assert_eq!(accepting("gzip, deflate"), BodyEncoding::Gzip);
        assert_eq!(accepting("br;q=0, gzip;q=0.5"), BodyEncoding::Gzip);
        assert_eq!(accepting("br;q=0, gzip;q=0"), BodyEncoding::Identity);
        assert_eq!(accepting("identity"), BodyEncoding::Identity);
        assert_eq!(accepting("*"), BodyEncoding::Brotli);
        assert_eq!(accepting("*, br;q=0"), BodyEncoding::Gzip);
        assert_eq!(BodyEncoding::negotiate(&HeaderMap::new()), BodyEncoding::Identity);
    }

    #[test]
    fn each_encoding_decodes_to_the_json_and_carries_one_tag() {
        let json = serde_json::to_vec(&serde_json::json!({ "items": (0..500).map(|i| format!("事项 {i}")).collect::<Vec<_>>() })).unwrap();
        let brotli = EncodedBody::new(&json, BodyEncoding::Brotli);
        let gzip = EncodedBody::new(&json, BodyEncoding::Gzip);
        let plain = EncodedBody::new(&json, BodyEncoding::Identity);
        assert_eq!((&brotli.etag, &gzip.etag), (&plain.etag, &plain.etag));
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut &brotli.bytes[..], &mut unbrotli).unwrap();
        let mut ungzip = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gzip.bytes[..]), &mut ungzip).unwrap();
        assert_eq!(unbrotli, json);
        assert_eq!(ungzip, json);
        assert_eq!(&plain.bytes[..], &json[..]);
        assert!(brotli.bytes.len() < json.len() / 4, "{} of {}", brotli.bytes.len(), json.len());
    }
}
