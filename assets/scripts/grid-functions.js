/* Functions that dash-ag-grid column definitions call by name (valueFormatter etc.). */
var dagfuncs = (window.dashAgGridFunctions = window.dashAgGridFunctions || {});

/* Polish number format: decimal comma, no-break space between thousands, minus sign "−".
   Matches i18n.format_number on the server. */
dagfuncs.plNumber = function (value, decimals, signed) {
    if (value === null || value === undefined || !isFinite(value)) {
        return null;
    }
    var parts = Math.abs(value).toFixed(decimals).split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
    var text = parts.join(",");
    if (value < 0 && Number(text.replace(/\u00a0/g, "").replace(",", ".")) !== 0) {
        return "\u2212" + text;
    }
    return signed && value > 0 ? "+" + text : text;
};

/* English number format (decimal point, comma between thousands, minus sign "−"), for the
   English UI. Matches i18n.format_number with the English language. */
dagfuncs.enNumber = function (value, decimals, signed) {
    var text = dagfuncs.plNumber(value, decimals, signed);
    return text === null ? null : text.replace(/\u00a0/g, "#").replace(",", ".").replace(/#/g, ",");
};

/* Names in Polish alphabetical order (ą after a, ł after l …), as collation.py on the server. */
var polishCollator = new Intl.Collator("pl");
dagfuncs.polishOrder = function (a, b) {
    return polishCollator.compare(a || "", b || "");
};
