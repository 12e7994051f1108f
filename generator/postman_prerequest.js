// Collection pre-request script: signs requests the Binance way for HMAC keys.
// A request is signed when its query has an enabled `signature` parameter: the enabled
// parameters (variables resolved), then recvWindow and timestamp, are the query string;
// its HMAC-SHA256 with the secret key, followed by the raw body, is `signature`.
// `binanceSignedQuery` is pure so that it can be checked outside Postman.

function binanceEncode(text) {
  // Percent-encode all but RFC 3986 unreserved characters, as the Python client does.
  return encodeURIComponent(String(text)).replace(
    /[!'()*]/g,
    (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()
  );
}

function binanceSignedQuery(params, body, recvWindow, timestamp, hmacSha256Hex) {
  const pairs = params.map((p) => binanceEncode(p.key) + "=" + binanceEncode(p.value));
  pairs.push("recvWindow=" + recvWindow, "timestamp=" + timestamp);
  const query = pairs.join("&");
  return { query: query, signature: hmacSha256Hex(query + (body || "")) };
}

if (typeof pm !== "undefined") {
  const query = pm.request.url.query.all();
  if (query.some((p) => p.key === "signature" && !p.disabled)) {
    const secret = pm.environment.get("secretKey");
    if (!secret) {
      throw new Error("set secretKey in the environment to sign this request");
    }
    const own = ["recvWindow", "timestamp", "signature"];
    const params = query
      .filter((p) => !p.disabled && own.indexOf(p.key) < 0)
      .map((p) => ({ key: p.key, value: pm.variables.replaceIn(p.value == null ? "" : p.value) }));
    const body = pm.request.body && pm.request.body.raw ? pm.variables.replaceIn(pm.request.body.raw) : "";
    const recvWindow = pm.environment.get("recvWindow") || "5000";
    const timestamp = Date.now();
    const signed = binanceSignedQuery(params, body, recvWindow, timestamp, (text) =>
      CryptoJS.HmacSHA256(text, secret).toString(CryptoJS.enc.Hex)
    );
    pm.environment.set("recvWindow", String(recvWindow));
    pm.environment.set("timestamp", String(timestamp));
    pm.environment.set("signature", signed.signature);
  }
}
