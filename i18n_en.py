"""English names of units of measure and of population size classes, which lie outside the
interface messages (the English messages are in ``translations/en/LC_MESSAGES/messages.po``)."""

from __future__ import annotations

# The English source of scripts/i18n_to_po.py while branches that add keys here are being
# merged (the same keys as MESSAGES["pl"] in i18n.py, in its order); the app reads translations/.
# Removed by `scripts/i18n_to_po.py --remove-dicts`.
MESSAGES_EN: dict[str, str] = {
    "app.title": "Monitoring public services of local governments",
    "app.tagline": "An open system monitoring the public services of Polish gminy, powiaty and "
    "voivodeships",
    "app.skip": "Skip to content",
    "nav.catalogue": "Service catalogue",
    "nav.home": "Home",
    "nav.analysis": "Analysis",
    "nav.menu": "Menu",
    "nav.about": "About the data",
    "accounts.nav.login": "Log in",
    "accounts.nav.register": "Create account",
    "accounts.nav.views": "My views",
    "accounts.nav.dashboards": "Dashboards",
    "accounts.nav.groups": "My groups",
    "accounts.nav.account": "Account",
    "accounts.nav.signed_in": "Signed in as {email}",
    "accounts.nav.password": "Change password",
    "accounts.nav.delete": "Delete account",
    "accounts.nav.logout": "Log out",
    "accounts.save.open": "Save view",
    "accounts.save.title": "Save the current view",
    "accounts.save.help": "The page address is saved with all its settings (unit, indicator, "
    "year, level). The view always shows current data.",
    "accounts.save.name": "View name",
    "accounts.save.note": "Note (optional)",
    "accounts.save.url": "Address to save",
    "accounts.save.submit": "Save view",
    "accounts.save.cancel": "Cancel",
    "accounts.save.login_invite": "Log in to save views, build dashboards and come back to "
    "them later.",
    "accounts.save.register_invite": "No account yet? Create one in a minute.",
    "accounts.field.email": "E-mail address",
    "accounts.field.password": "Password",
    "accounts.field.name": "Name",
    "accounts.field.note": "Note (optional)",
    "accounts.field.description": "Description (optional)",
    "accounts.field.max": "At most {max} characters.",
    "accounts.login.title": "Log in",
    "accounts.login.submit": "Log in",
    "accounts.login.no_account": "No account yet?",
    "accounts.login.already": "You are logged in as {email}.",
    "accounts.register.title": "Create account",
    "accounts.register.intro": "An account lets you save views, build dashboards from them and "
    "save your own comparison groups. We store only your e-mail address and a password hash.",
    "accounts.register.password_help": "At least {min} characters. Common passwords and "
    "passwords known from leaks, repeats and sequences (aaaaaaaaaa, 1234567890, qwertyuiop) and "
    "the e-mail address are not accepted. A good password is a few unrelated words.",
    "accounts.register.password2": "Repeat password",
    "accounts.register.submit": "Create account",
    "accounts.register.have_account": "Already have an account?",
    "accounts.password.title": "Change password",
    "accounts.password.current": "Current password",
    "accounts.password.new": "New password",
    "accounts.password.new2": "Repeat new password",
    "accounts.password.submit": "Change password",
    "accounts.password.note": "After the change all your other sessions will be logged out.",
    "accounts.delete.title": "Delete account",
    "accounts.delete.warning": "Deleting the account permanently removes all saved views, "
    "dashboards, shared links and groups. This cannot be undone.",
    "accounts.delete.password": "Password (to confirm)",
    "accounts.delete.confirm": "I understand that my data will be deleted",
    "accounts.delete.submit": "Delete account for good",
    "accounts.login_needed": "This page is available after logging in.",
    "accounts.db_unavailable": "The accounts database is temporarily unavailable. Data pages "
    "work as usual; logging in, saved views and dashboards will return when the database is back.",
    "accounts.views.title": "My views",
    "accounts.views.count": "Saved views: {count}",
    "accounts.views.empty": "You have no saved views yet. Open a data page (e.g. a unit profile "
    "or an indicator) and use the “Save view” button in the top bar.",
    "accounts.views.open": "Open view",
    "accounts.views.address": "Address: {url}",
    "accounts.views.edit": "Rename or edit note",
    "accounts.views.save_changes": "Save changes",
    "accounts.views.duplicate": "Duplicate",
    "accounts.views.up": "Up",
    "accounts.views.down": "Down",
    "accounts.views.up_label": "Move “{name}” up",
    "accounts.views.down_label": "Move “{name}” down",
    "accounts.views.delete": "Delete",
    "accounts.views.delete_label": "Delete “{name}”",
    "accounts.views.share": "Share read-only",
    "accounts.views.revoke": "Revoke sharing",
    "accounts.views.share_link": "Read-only link (anyone who knows it can see the view):",
    "accounts.views.note_heading": "Note on the view",
    "accounts.views.open_cleaned": "Open without the missing items",
    "accounts.views.manage_groups": "Own comparison groups",
    "accounts.note.malformed": "The saved address is invalid and cannot be opened.",
    "accounts.note.page_gone": "The page this view showed is no longer available.",
    "accounts.note.unit_gone": "There is no longer a unit with the code {ref} in the data.",
    "accounts.note.service_gone": "The service “{ref}” is no longer in the catalogue.",
    "accounts.note.indicator_gone": "The indicator “{ref}” is no longer in the catalogue.",
    "accounts.dash.title": "Dashboards",
    "accounts.dash.intro": "A dashboard shows several saved views together, each on current "
    "data. Presentation mode shows them one after another, in large type, without editing "
    "controls; next view: right arrow or PageDown.",
    "accounts.dash.new": "New dashboard",
    "accounts.dash.create": "Create dashboard",
    "accounts.dash.empty": "You have no dashboards yet.",
    "accounts.dash.views_count": "Views on the dashboard: {count}",
    "accounts.dash.add": "Add a saved view",
    "accounts.dash.add_submit": "Add to dashboard",
    "accounts.dash.no_views": "First save views with the “Save view” button in the top bar.",
    "accounts.dash.all_added": "All saved views are already on this dashboard.",
    "accounts.dash.empty_dashboard": "The dashboard is empty: add saved views to it.",
    "accounts.dash.present": "Presentation mode",
    "accounts.dash.settings": "Dashboard name and description",
    "accounts.dash.save": "Save",
    "accounts.dash.delete": "Delete dashboard",
    "accounts.dash.remove": "Remove from dashboard",
    "accounts.dash.earlier": "Earlier",
    "accounts.dash.later": "Later",
    "accounts.dash.frame_title": "Live view: {name}",
    "accounts.dash.open_full": "Open in full window",
    "accounts.dash.back": "All dashboards",
    "accounts.dash.not_found": "There is no such dashboard.",
    "accounts.present.position": "View {index} of {count}",
    "accounts.present.previous": "← Previous",
    "accounts.present.next": "Next →",
    "accounts.present.exit": "End presentation",
    "accounts.present.keys": "Keys: ← → or PageUp/PageDown change the view, Esc ends the "
    "presentation.",
    "accounts.shared.view": "Shared view",
    "accounts.shared.dashboard": "Shared dashboard",
    "accounts.shared.readonly": "Shared read-only; the data are current.",
    "accounts.shared.not_found": "This link does not exist or its sharing has been revoked.",
    "accounts.groups.title": "My comparison groups",
    "accounts.groups.intro": "A group is your own list of units to compare. It opens on the "
    "comparison page (address /porownaj?jst=…).",
    "accounts.groups.new": "New group",
    "accounts.groups.create": "Save group",
    "accounts.groups.empty": "You have no groups yet.",
    "accounts.groups.compare": "Compare",
    "accounts.groups.delete": "Delete group",
    "accounts.groups.delete_label": "Delete group “{name}”",
    "accounts.error_page.back": "Back to the site",
    "accounts.error_page.csrf_title": "The form has expired or is invalid",
    "accounts.error_page.csrf": "Nothing was changed. Reload the page with the form and try again.",
    "accounts.error_page.limit_title": "Too many attempts",
    "accounts.error_page.limit": "There were too many login or registration attempts from this "
    "address. Wait a minute and try again.",
    "accounts.msg.email_empty": "Enter an e-mail address.",
    "accounts.msg.email_too_long": "The e-mail address is too long (at most 254 characters).",
    "accounts.msg.email_invalid": "This does not look like an e-mail address (e.g. "
    "jan@example.pl).",
    "accounts.msg.password_empty": "Enter a password.",
    "accounts.msg.password_short": "The password is too short (at least 10 characters).",
    "accounts.msg.password_long": "The password is too long (at most 128 characters).",
    "accounts.msg.password_mismatch": "The repeated password differs from the first one.",
    "accounts.msg.password_common": "This password is on the list of the most common passwords "
    "known from leaks (or is built from one), so anyone trying will guess it. Choose another, "
    "e.g. a few unrelated words.",
    "accounts.msg.password_repeated": "The password is a repeated character or fragment (e.g. "
    "aaaaaaaaaa, abababab), so it is easy to guess. Choose another.",
    "accounts.msg.password_sequence": "The password is a run of consecutive characters (e.g. "
    "1234567890, abcdefghij), so it is easy to guess. Choose another.",
    "accounts.msg.password_keyboard": "The password is a row of neighbouring keys (e.g. "
    "qwertyuiop, zaq12wsx), so it is easy to guess. Choose another.",
    "accounts.msg.password_date": "The password is based on a date or a year, so it is easy "
    "to guess. Choose another.",
    "accounts.msg.password_email": "The password contains the account's e-mail address or a "
    "part of it, the first thing anyone who knows the address tries. Choose another.",
    "accounts.msg.password_words": "The password is made of common words or names and is too "
    "short to be hard to guess. Add more unrelated words.",
    "accounts.msg.password_guessable": "The password is too easy to guess. Use a longer one, "
    "e.g. a few unrelated words.",
    "accounts.msg.password_wrong": "The password is wrong. Nothing was changed.",
    "accounts.msg.name_empty": "Enter a name.",
    "accounts.msg.name_too_long": "The name is too long (at most 120 characters).",
    "accounts.msg.note_too_long": "The note is too long (at most 1000 characters).",
    "accounts.msg.view_url_empty": "There is no view address to save.",
    "accounts.msg.view_url_too_long": "The view address is too long (at most 2000 characters).",
    "accounts.msg.view_url_invalid": "The view address is invalid.",
    "accounts.msg.view_url_unknown_page": "This page cannot be saved as a view.",
    "accounts.msg.too_many_views": "You have reached the limit of 500 saved views.",
    "accounts.msg.too_many_dashboards": "You have reached the limit of 100 dashboards.",
    "accounts.msg.too_many_items": "A dashboard can show at most 24 views.",
    "accounts.msg.too_many_groups": "You have reached the limit of 100 groups.",
    "accounts.msg.already_on_dashboard": "This view is already on the dashboard.",
    "accounts.msg.choose_view": "Choose a view to add.",
    "accounts.msg.group_empty": "Enter at least one TERYT code.",
    "accounts.msg.group_too_many": "A group can have at most 100 units.",
    "accounts.msg.group_unknown_code": "At least one code does not match any unit. TERYT codes "
    "have 2 (voivodeship), 4 (powiat) or 7 digits (gmina).",
    "accounts.msg.confirm_required": "Tick the confirmation to delete the account.",
    "accounts.msg.login_required": "Log in to do this.",
    "accounts.msg.login_failed": "Wrong e-mail address or password.",
    "accounts.msg.login_to_save": "Log in to save the view; you will come back to it afterwards.",
    "accounts.msg.db_unavailable": "The accounts database is temporarily unavailable; nothing "
    "was saved. Try again in a moment.",
    "accounts.msg.registration_done": "Done. Log in with your e-mail address and password. If "
    "this address already had an account, its existing password stays valid.",
    "accounts.msg.logged_out": "Logged out.",
    "accounts.msg.password_changed": "The password has been changed.",
    "accounts.msg.account_deleted": "The account and all its data have been deleted.",
    "accounts.msg.view_saved": "The view has been saved.",
    "accounts.msg.view_updated": "The changes have been saved.",
    "accounts.msg.view_duplicated": "A copy of the view has been created.",
    "accounts.msg.view_deleted": "The view has been deleted.",
    "accounts.msg.shared": "A read-only link has been created.",
    "accounts.msg.share_revoked": "Sharing revoked: the link no longer works.",
    "accounts.msg.dashboard_created": "The dashboard has been created.",
    "accounts.msg.dashboard_updated": "The changes have been saved.",
    "accounts.msg.dashboard_deleted": "The dashboard has been deleted.",
    "accounts.msg.item_added": "The view has been added to the dashboard.",
    "accounts.msg.item_removed": "The view has been removed from the dashboard.",
    "accounts.msg.group_saved": "The group has been saved.",
    "accounts.msg.group_deleted": "The group has been deleted.",
    "footer.source": "Source of real data: Statistics Poland (GUS), Local Data Bank. Boundaries: "
    "PRG/GUGiK (as of 2019). Values marked as demonstration are generated and are not real data.",
    "search.label": "Find a gmina, powiat or voivodeship",
    "search.placeholder": "e.g. Łódź, Bolesławiec, 1465011",
    "search.help": "Type a name (Polish letters are optional) or a TERYT code. Enter opens the "
    "first result.",
    "search.none": "No unit matches “{query}”.",
    "search.results": "Search results: {count}",
    "search.too_long": "The query is too long (at most {max} characters).",
    "callback.refused": "Invalid page update request.",
    "home.areas": "Areas of public services",
    "home.intro": "See how your gmina, powiat or voivodeship delivers public services, and "
    "compare it with its powiat, voivodeship and Poland.",
    "count.indicators.one": "{count} indicator",
    "count.indicators.few": "{count} indicators",
    "count.indicators.many": "{count} indicators",
    "count.services.one": "{count} service",
    "count.services.few": "{count} services",
    "count.services.many": "{count} services",
    "count.units.one": "{count} unit",
    "count.units.few": "{count} units",
    "count.units.many": "{count} units",
    "demo.badge": "demonstration data",
    "demo.explain": "Demonstration values are generated deterministically from real context "
    "(population, density, gmina type). They are not real data and only show how the system "
    "works.",
    "demo.area_notice": "This area has no real data yet: all values are demonstration values.",
    "real.badge": "GUS data",
    "status.no_data": "no data",
    "status.not_applicable": "not applicable",
    "status.confidential": "statistical confidentiality",
    "status.suspect": "suspect value",
    "status.suspect_value": "{value} (suspect value)",
    "status.suspect_explain": "Suspect value: it breaks a plausibility rule (e.g. 0 PLN of "
    "revenue in a gmina's whole budget report). It is shown, but never counted in ranks, "
    "medians, map classes or sums.",
    "status.suspect_why": "why?",
    "status.suspect_why_label": "Why this value is suspect",
    "status.not_ranked": "not ranked",
    "quality.real": "real value",
    "quality.zero": "the phenomenon did not occur",
    "quality.no_data": "no data",
    "quality.confidential": "statistical confidentiality",
    "quality.not_applicable": "not applicable",
    "quality.suspect": "suspect value",
    "quality.demo": "demonstration data",
    "quality.meaning.real": "A value from real data (GUS, CKE), computed with the "
    "indicator's formula.",
    "quality.meaning.zero": "A true zero: the phenomenon did not occur (e.g. the gmina "
    "collected none of that tax). It is not missing data; it enters ranks and map classes like "
    "any value.",
    "quality.meaning.no_data": "The source gives no value for this unit and year. It is not a "
    "zero.",
    "quality.meaning.confidential": "The value is covered by statistical confidentiality: GUS "
    "does not publish it (e.g. when it concerns too few entities).",
    "quality.meaning.not_applicable": "The service or phenomenon does not apply to this unit. "
    "The unit is not counted in medians, ranks or group statistics.",
    "quality.meaning.suspect": "The value breaks a data plausibility rule. It is "
    "shown with this flag but never counted in ranks, percentiles, medians, map classes, "
    "comparison-group statistics or the sums of powiaty, voivodeships and Poland.",
    "quality.meaning.demo": "A value generated for demonstration in areas that have no real "
    "data yet. It is not real data.",
    "quality.map.classes": "the colour of its value class (scale next to the map)",
    "quality.map.no_data": "mid-grey area",
    "quality.map.confidential": "dark grey area",
    "quality.map.not_applicable": "light grey area with a grey outline",
    "quality.map.suspect": "white area with a thick black outline (black and white stripes in "
    "the map's legend)",
    "profile.population": "Population",
    "profile.area": "Area",
    "profile.former_codes": "Former TERYT codes: {codes}",
    "profile.new_unit": "Unit created on 1 January 2025: the published data cover years up to "
    "2024, so there are no values for it yet.",
    "profile.col.indicator": "Indicator",
    "profile.col.value": "Value",
    "profile.col.trend": "Trend",
    "profile.col.powiat": "Powiat",
    "profile.col.woj": "Voivodeship",
    "profile.col.poland": "Poland",
    "profile.col.rank": "Rank",
    "profile.rank": "{rank} of {of}",
    "profile.rank_help": "Rank among all units of this level in the given year; 1 = the best "
    "value (for neutral indicators: the highest).",
    "profile.rank_neutral": "from the highest",
    "profile.locator": "Location: {name} within the {woj} voivodeship",
    "profile.contents": "Areas",
    "profile.year": "year {year}",
    "profile.trend_alt": "Trend of {name}: {first} ({first_year}) → {last} ({last_year})",
    "profile.no_trend": "too few data",
    "profile.dimension": "dimension: {dimension}",
    "profile.aggregate_note": "For a powiat, voivodeship and Poland the values are computed as "
    "the sum of the numerator over the sum of the denominator across gminy.",
    "nav.compare": "Compare",
    "profile.analyse": "Analyse",
    "profile.analyse_title": "Analyse the indicator “{name}” on a map and in a table",
    "peers.and": "and",
    "peers.var.ludnosc": "population",
    "peers.var.gestosc": "population density",
    "peers.var.mlodzi": "share of children and young people (0–17)",
    "peers.var.seniorzy": "share of people of post-working age",
    "peers.var.obciazenie": "demographic dependency ratio",
    "peers.var.dochody": "own revenue per inhabitant",
    "peers.explain.similar": "Similar: {variables}.",
    "peers.explain.none_similar": "No variable is very close; the closest: {variable}.",
    "peers.explain.value_pair": "{variable} ({peer} against {unit})",
    "peers.explain.different": "Differs most in: {items}.",
    "peers.explain.no_difference": "No marked differences.",
    "peers.label.podobne": "{k} most similar units",
    "peers.label.sasiedzi": "neighbours sharing a border ({count})",
    "peers.label.wlasna": "own group ({count})",
    "peers.label.unknown": "unknown unit",
    "peers.admin.miejska": "urban gminy",
    "peers.admin.wiejska": "rural gminy",
    "peers.admin.miejsko-wiejska": "urban-rural gminy",
    "peers.admin.miasto": "cities with powiat status",
    "peers.admin.ziemski": "land powiaty",
    "peers.admin.wojewodztwo": "voivodeships",
    "peers.admin.inna": "other units",
    "peers.note.no_context": "The unit has no context data: the group is approximate (medians of "
    "{level} were assumed).",
    "peers.note.imputed": "The unit lacks context data ({variables}): the median of {level} was "
    "assumed, so the group of similar units is approximate.",
    "peers.note.no_population": "No population data: the size class was taken from the median of "
    "{level} of this type.",
    "peers.note.small_class": "The size class {size_class} has too few units of this type: the "
    "group includes all units of this type.",
    "peers.note.no_neighbours": "No neighbours in the boundary data (as of 2019): the unit may "
    "have been created later or does not border a unit of this level.",
    "peers.note.too_many": "An own group can have at most {max} units: the rest were left out.",
    "peers.note.unknown_codes": "Unknown TERYT codes (left out): {codes}.",
    "peers.note.other_level": "Units of a level other than {level} were left out: {codes}.",
    "peers.note.empty_user_group": "The own group is empty: enter TERYT codes of units of the "
    "same level and choose “Apply”.",
    "comparison.title": "Comparison group",
    "comparison.choose": "Compare with a group",
    "comparison.group.podobne": "Similar units",
    "comparison.group.sasiedzi": "Neighbours (shared border)",
    "comparison.group.administracyjna": "Administrative group (type and size)",
    "comparison.group.wlasna": "Own group",
    "comparison.k": "Number of similar units (k)",
    "comparison.apply": "Apply",
    "comparison.weights": "Weights of the context variables (for similar units)",
    "comparison.weights_help": "Weight 0 leaves a variable out; a higher weight makes the "
    "variable count more in the similarity.",
    "comparison.weight.0.0": "0 (leave out)",
    "comparison.weight.0.5": "0.5",
    "comparison.weight.1.0": "1 (default)",
    "comparison.weight.2.0": "2",
    "comparison.weight.3.0": "3",
    "comparison.bad_group": "Unknown kind of group “{group}”: similar units are shown.",
    "comparison.bad_k": "Invalid number of similar units “{k}” (allowed {min}–{max}): 15 was used.",
    "comparison.bad_weight": "An invalid weight “{part}” was ignored (allowed 0; 0.5; 1; 2; 3).",
    "comparison.zero_weights": "All weights are 0: the default weights were used.",
    "comparison.current": "Compared with the group: {label}",
    "comparison.compare_link": "Compare with the group side by side",
    "comparison.members": "Group members: {label} — {count} units",
    "comparison.empty": "The group has no units.",
    "comparison.col.unit": "Unit",
    "comparison.col.score": "Match",
    "comparison.col.why": "Why similar",
    "comparison.score": "{score}/100",
    "comparison.col.median": "Group: median",
    "comparison.col.position": "Within the group",
    "comparison.position_help": "Rank in the group (1 = the best value, for neutral indicators: "
    "the highest) and the share of the group's units that the unit does better than.",
    "comparison.table_note": "Group columns: the median and range of the values of the group's "
    "units in the same year. Units to which the service does not apply are not counted.",
    "comparison.n_units": "{count} units",
    "comparison.n_not_applicable": "not applicable: {count}",
    "comparison.range": "range {low}–{high}",
    "comparison.rank": "rank {rank} of {of}",
    "comparison.share_better": "better than {pct}% of the group",
    "comparison.share_higher": "higher than {pct}% of the group",
    "comparison.verdict.better": "better than the median",
    "comparison.verdict.worse": "worse than the median",
    "comparison.verdict.equal": "at the median",
    "comparison.verdict.neutral": "neutral indicator (not rated)",
    "comparison.method.title": "How we build comparison groups (method)",
    "comparison.method.intro": "Similar units are the k units of the same level (gminy with "
    "gminy, powiaty with powiaty, voivodeships with voivodeships) with the closest context. The "
    "result is deterministic: ties are broken by the TERYT code.",
    "comparison.method.variables": "Context variables",
    "comparison.method.log": "as a logarithm",
    "comparison.method.param": "URL parameter:",
    "comparison.method.years": "Each variable comes from the latest year in which the unit has "
    "a value (age structure and density up to 2019, population and revenue up to 2024). The "
    "share of urban population is not available in the data yet.",
    "comparison.method.formula_title": "Formula",
    "comparison.method.z": "Each variable is standardised across all units of the level "
    "(z-score), and the distance is the weighted Euclidean distance divided by the sum of "
    "weights, i.e. the typical difference in standard deviations.",
    "comparison.method.score": "A match of 100 means an identical context; 0 means a difference "
    "of two standard deviations or more on average.",
    "comparison.method.explain": "Explanation: variables differing by at most 0.25 standard "
    "deviation make the units similar; the variable with the largest weighted contribution to "
    "the distance (a difference of at least 0.5 deviation) sets them apart most.",
    "comparison.method.missing": "Missing context data are replaced with the median of the "
    "level, and this is noted next to the unit.",
    "comparison.method.admin_title": "Administrative group and neighbours",
    "comparison.method.admin": "Gminy: type (urban, rural, urban-rural, city with powiat "
    "status) × size class by population; powiaty: land powiat or city with powiat status × size "
    "class; voivodeships: size class. The lower bound of a class belongs to the class. When a "
    "class has fewer than 3 other units, the group is made of all units of the type. Neighbours "
    "are units of the same level sharing a border (PRG, as of 2019).",
    "comparison.method.scheme.gmina": "gminy",
    "comparison.method.scheme.powiat": "land powiaty",
    "comparison.method.scheme.miasto": "cities with powiat status (gminy and powiaty)",
    "comparison.method.scheme.wojewodztwo": "voivodeships",
    "comparison.method.stats_title": "Position in the group",
    "comparison.method.stats": "The median and range are computed from the group's units that "
    "have a value; units to which the service does not apply are left out. Rank 1 is the best "
    "value in the indicator's direction; the percentile is the share of the group's units the "
    "unit does better than (ties count as half). The position is relative: it tells the place in "
    "the group, not whether the value is good.",
    "comparison.method.diagnosis": "Strength: percentile of at least 75 (the best quarter of the "
    "group); weakness: percentile of at most 25; at least 4 units of the group must have a "
    "value. The trend compares the latest value with the value of 2015 (or of the first later "
    "year); a change of more than 2% in the right direction is an improvement.",
    "diagnosis.title": "Diagnosis: strengths and weaknesses",
    "diagnosis.intro": "Against the group: {group}. Areas with the most weaknesses come first.",
    "diagnosis.none": "No indicators in the best or worst quarter of the group (or the group has "
    "fewer than {min} units with a value).",
    "diagnosis.priority": "Priority areas: {areas}.",
    "diagnosis.basis.real_only": "Basis of the diagnosis: {real} with real data. Indicators "
    "with demonstration data ({demo}) are left out.",
    "diagnosis.basis.with_demo": "Basis of the diagnosis: {real} with real data and {demo} "
    "with demonstration data (generated, labelled “demonstration data”).",
    "diagnosis.basis.with_demo_link": "Include demonstration data too",
    "diagnosis.basis.real_only_link": "Show the diagnosis from real data only",
    "diagnosis.weakness_heading": "Weaknesses",
    "diagnosis.strength_heading": "Strengths",
    "diagnosis.sentence.strength": "{value} — better than {pct}% of the group's units (median "
    "{median}); {trend}",
    "diagnosis.sentence.weakness": "{value} — worse than {pct}% of the group's units (median "
    "{median}); {trend}",
    "finding.sentence": "{name}: {value} ({year}) — {comparisons}.",
    "finding.sentence_demo": "{name}: {value} ({year}; demonstration values) — {comparisons}.",
    "finding.suspect": "{name}: {value} ({year}) — a suspect value (it failed the plausibility "
    "checks), so it is not compared with others.",
    "finding.suspect_no_value": "{name} ({year}): a suspect value (it failed the plausibility "
    "checks), so it is not compared with others.",
    "finding.and": " and ",
    "finding.percent": "{pct}%",
    "finding.points": "{points} percentage points",
    "finding.cmp.about_equal": "close to {target} ({value})",
    "finding.cmp.higher": "{diff} higher than {target} ({value})",
    "finding.cmp.lower": "{diff} lower than {target} ({value})",
    "finding.cmp.much_higher": "much higher (by {diff}) than {target} ({value})",
    "finding.cmp.much_lower": "much lower (by {diff}) than {target} ({value})",
    "finding.cmp.times": "{ratio} times {target} ({value})",
    "finding.cmp.higher_plain": "higher than {target} ({value})",
    "finding.cmp.lower_plain": "lower than {target} ({value})",
    "finding.target.group.podobne": "the median of {count} similar {units}",
    "finding.target.group.sasiedzi": "the median of {count} neighbouring {units}",
    "finding.target.group.administracyjna": "the median of {count} {units} of the same type "
    "and size",
    "finding.target.group.wlasna": "the median of {count} chosen {units}",
    "finding.target.group_single": "the value of the group's only unit",
    "finding.target.powiat": "the value for the powiat",
    "finding.target.wojewodztwo": "the value for the voivodeship",
    "finding.target.kraj": "the value for Poland",
    "finding.units_gen.gmina": "gminy",
    "finding.units_gen.powiat": "powiaty",
    "finding.units_gen.wojewodztwo": "voivodeships",
    "diagnosis.more": "Others ({count})",
    "diagnosis.trend.improved": "improved since {year}",
    "diagnosis.trend.worsened": "worsened since {year}",
    "diagnosis.trend.stable": "no marked change since {year}",
    "diagnosis.trend.none": "no trend data.",
    "compare.title": "Compare units",
    "compare.intro": "Set up to {max} units side by side for all indicators of the chosen area. "
    "The page address holds the selection, so it can be copied and shared.",
    "compare.show": "Compare",
    "compare.unknown": "Unknown TERYT codes (left out): {codes}.",
    "compare.too_many": "At most {max} units can be compared ({count} given): the first {max} "
    "are shown.",
    "compare.unknown_area": "Unknown area “{area}”: the first area is shown.",
    "compare.empty": "Choose units above (by name or TERYT code) or use “Compare with the group "
    "side by side” in a unit profile.",
    "compare.units_heading": "Compared units ({count})",
    "compare.remove": "remove",
    "compare.remove_title": "Remove {name} from the comparison",
    "compare.areas": "Area to compare",
    "compare.median": "Median of the compared units",
    "compare.median_note": "The median is computed from the compared units that have a value; "
    "units to which the service does not apply are not counted. Table and bar chart: each "
    "indicator in the latest available year up to {end}.",
    "compare.col.unit": "Unit",
    "compare.col.value": "Value",
    "compare.chart_alt": "Bar chart: {name}, year {year}, {units} with a value; median "
    "{median}. The same data are in the table next to it.",
    "compare.chart_missing": "Without a value: {count} (left out of the chart).",
    "dimension.ilosc": "quantity",
    "dimension.jakosc": "quality",
    "dimension.dostepnosc": "accessibility",
    "dimension.efektywnosc": "efficiency",
    "dimension.kontekst": "context",
    "polarity.wyzej_lepiej": "a higher value is better",
    "polarity.nizej_lepiej": "a lower value is better",
    "polarity.neutralny": "neutral (not rated: a higher value does not mean better)",
    "level.kraj": "country",
    "level.wojewodztwo": "voivodeship",
    "level.powiat": "powiat",
    "level.gmina": "gmina",
    "level.plural.wojewodztwo": "voivodeships",
    "level.plural.powiat": "powiaty",
    "level.plural.gmina": "gminy",
    "catalogue.title": "Catalogue of services and indicators",
    "catalogue.filter": "Filter services and indicators",
    "catalogue.filter_placeholder": "e.g. libraries, tax, waste",
    "catalogue.count": "Showing {services} and {indicators}",
    "catalogue.empty": "No service or indicator matches “{query}”.",
    "service.indicators": "Indicators of the service",
    "service.area": "Area: {area}",
    "indicator.meta.id": "Identifier",
    "indicator.meta.area": "Area",
    "indicator.meta.service": "Service",
    "indicator.meta.dimension": "Dimension",
    "indicator.meta.unit": "Unit of measure",
    "indicator.meta.formula": "Formula",
    "indicator.meta.numerator": "Numerator",
    "indicator.meta.denominator": "Denominator",
    "indicator.meta.polarity": "Direction",
    "indicator.meta.source": "Source",
    "indicator.meta.levels": "Available levels",
    "indicator.meta.years": "Available years",
    "indicator.meta.freshness": "Freshness",
    "indicator.meta.caveats": "Caveats",
    "indicator.meta.breaks": "Breaks in the series",
    "indicator.meta.provenance": "Data provenance",
    "indicator.meta.definition": "Definition",
    "indicator.meta.name_en": "English name",
    "indicator.meta.real_source": "Source of real data",
    "indicator.meta.real_source_demo": "Source of the real data that will replace them",
    "indicator.real_source.bdl": "BDL: variables",
    "indicator.real_source.numerator": "numerator",
    "indicator.real_source.denominator": "denominator",
    "indicator.real_source.smup": "SMUP: indicators",
    "indicator.real_source.link_title": "Metadata of variable {id} in the Local Data Bank API",
    "indicator.provenance.real": "real data (GUS BDL)",
    "indicator.provenance.demo": "demonstration data (generated)",
    "indicator.distribution_heading": "Distribution of values in Poland",
    "indicator.distribution": "Distribution of values: {level}, {year}",
    "indicator.distribution_alt": "Histogram of the values of the indicator “{name}” for {count} "
    "units (level: {level}, year {year}). Median {median}, quartiles {q1} and {q3}.",
    "indicator.summary": "Statistics",
    "indicator.stat.count": "Number of units with a value",
    "indicator.stat.min": "Minimum",
    "indicator.stat.q1": "First quartile",
    "indicator.stat.median": "Median",
    "indicator.stat.q3": "Third quartile",
    "indicator.stat.max": "Maximum",
    "indicator.stat.poland": "Poland (sum/sum)",
    "indicator.stat.poland_published": "Poland (as published)",
    "indicator.level_choice": "Level",
    "indicator.year_choice": "Year",
    "indicator.top": "Highest values",
    "indicator.bottom": "Lowest values",
    "analiza.title": "Analysis: map, table and chart",
    "analiza.area": "Area",
    "analiza.indicator": "Indicator",
    "analiza.search": "Search for an indicator in the whole catalogue",
    "analiza.search_placeholder": "e.g. libraries, agricultural tax",
    "analiza.level": "Level",
    "analiza.territory": "Narrow down to a region",
    "analiza.territory.all": "all of Poland",
    "analiza.classes": "Map classes",
    "analiza.classes.kwantyle": "quantiles (equal counts)",
    "analiza.classes.rowne": "equal intervals",
    "analiza.year": "Year",
    "analiza.group": "Show only the comparison group of the first selected unit",
    "analiza.group.all": "all units",
    "analiza.group.sasiedzi": "neighbours",
    "analiza.group.podobne": "similar units",
    "analiza.group.administracyjna": "administrative group",
    "analiza.group.title.sasiedzi": "{name} and neighbours",
    "analiza.group.title.podobne": "{name} and similar units",
    "analiza.group.title.administracyjna": "{name} and its administrative group",
    "analiza.group.needs_unit": "To show a comparison group, select a unit on the map or in the "
    "table.",
    "analiza.play": "▶ Play years",
    "analiza.pause": "⏸ Pause",
    "analiza.clear": "Clear selection",
    "analiza.selected": "selected",
    "analiza.hover_rank": "rank {rank}",
    "analiza.map_caption": "Map: click a unit to select or deselect it. The table below holds the "
    "same data (also by keyboard: Space selects a row).",
    "analiza.series_caption": "Chart: the selected units over the years against Poland and the "
    "median of the units in view.",
    "analiza.series_hint": "Select units on the map or in the table",
    "analiza.median": "median ({level})",
    "analiza.tab.szereg": "Time series",
    "analiza.tab.rozrzut": "Against context (scatter)",
    "analiza.tab.lejek": "Funnel",
    "analiza.tabs": "Chart beside the map",
    "analiza.scatter.x": "Indicator on the x axis (e.g. population, density, revenue)",
    "analiza.scatter.log": "Axis scale",
    "analiza.scatter.log.none": "linear",
    "analiza.scatter.log.x": "logarithmic x",
    "analiza.scatter.log.y": "logarithmic y",
    "analiza.scatter.log.xy": "both logarithmic",
    "analiza.scatter.title": "{y} against {x}, {place}, {year}",
    "analiza.scatter.suspect": "suspect value (not in ρ or the trend)",
    "analiza.scatter.trend": "trend (OLS)",
    "analiza.scatter.summary": "Spearman's ρ = {rho} ({strength}), n = {n}.",
    "analiza.scatter.relation": "{strength} {direction} relationship",
    "analiza.scatter.positive": "positive",
    "analiza.scatter.negative": "negative",
    "analiza.scatter.strength.negligible": "negligible",
    "analiza.scatter.strength.weak": "weak",
    "analiza.scatter.strength.moderate": "moderate",
    "analiza.scatter.strength.strong": "strong",
    "analiza.scatter.strength.very_strong": "very strong",
    "analiza.scatter.method": "ρ is computed on ranks (average ranks for ties); trend line: "
    "ordinary least squares (OLS).",
    "analiza.scatter.method.log": "ρ is computed on ranks (average ranks for ties); trend line: "
    "ordinary least squares (OLS) fitted to the logarithms on logarithmic axes.",
    "analiza.scatter.summary.none": "Too few units with values of both indicators (n = {n}) "
    "to compute ρ and a trend line.",
    "analiza.scatter.suspect_note": "Suspect values ({count}) are shown as open diamonds; they "
    "are not in ρ or the trend line.",
    "analiza.scatter.off_log": "Logarithmic axes cannot show units with a zero or negative "
    "value ({count}).",
    "analiza.scatter.x_year": "{x}: year {year} (no data for {view}).",
    "analiza.scatter_caption": "Scatter: each point is a unit of the view; click a point to "
    "select or unselect it. The values of both axes are in the table below.",
    "analiza.image.scatter": "Scatter {fmt}",
    "analiza.note.chart": "Unknown chart “{value}”: the time series is shown.",
    "analiza.note.x": "Indicator “{value}” is not available at this level: the x axis shows "
    "population.",
    "analiza.table": "Table",
    "analiza.downloads": "Download the data and images of the current view",
    "analiza.export.csv": "CSV (UTF-8)",
    "analiza.export.csv_pl": "CSV for Polish Excel (semicolon, decimal comma)",
    "analiza.export.xlsx": "XLSX with metadata",
    "analiza.export.parquet": "Parquet",
    "analiza.image.map": "Map {fmt}",
    "analiza.image.series": "Chart {fmt}",
    "analiza.legend.higher": "darker = better",
    "analiza.legend.lower": "darker = better (lower is better)",
    "analiza.col.name": "Unit",
    "analiza.col.code": "TERYT",
    "analiza.col.value": "Value",
    "analiza.col.rank": "Rank",
    "analiza.col.percentile": "Percentile",
    "analiza.col.percentile_help": "The share of the other units in view that this unit has a "
    "better value than (for neutral indicators: a higher one).",
    "analiza.col.change_previous": "Change y/y",
    "analiza.col.change_first": "Change since {year}",
    "analiza.col.provenance": "Provenance",
    "analiza.col.status": "Data status",
    "analiza.col.status_help": "Kind of value: value, the phenomenon did not occur (zero), no "
    "data, statistical confidentiality, not applicable or suspect value. A suspect value is "
    "shown but has no rank or percentile and is left out of the map classes.",
    "analiza.status.value": "value",
    "analiza.suspect_short": "suspect",
    "analiza.hover_suspect": "suspect value – left out of the classes and the ranking",
    "analiza.summary": "{year}: {count} of {total} units ({level}) have a value. Median "
    "{median}; highest: {top} ({top_value}), lowest: {bottom} ({bottom_value}).",
    "analiza.summary.empty": "No values in {year} for this view.",
    "analiza.summary.suspect": "Suspect values (shown without a rank, outside the map "
    "classes): {names}.",
    "a11y.footer_link": "Accessibility statement",
    "data.footer_link": "About the data",
    "data.title": "About the data",
    "data.intro": "Where the data of this site come from, which version of the dataset it "
    "uses, when it was last synchronised, which values are real and which are demonstration "
    "values, how the quality of every value is flagged and how suspect values are found.",
    "data.sources.title": "Sources",
    "data.sources.shipped": "Files shipped with the site",
    "data.sources.shipped_caption": "Sources of real data shipped with the site",
    "data.sources.imported": "Imported and synchronised data",
    "data.sources.imported_caption": "Sources of data imported from files and fetched from "
    "APIs: variables, indicators, years and import date",
    "data.sources.none_imported": "The current version of the data has no imports and no "
    "synchronisations: every value comes from the files shipped with the site or is a "
    "demonstration value.",
    "data.sources.col.kind": "How",
    "data.sources.col.variables": "Variables",
    "data.sources.col.indicators": "Indicators",
    "data.sources.col.years": "Years",
    "data.sources.col.date": "Import date",
    "data.sources.kind.import": "file import",
    "data.sources.kind.sync": "API synchronisation",
    "data.versions.title": "Data versions",
    "data.versions.none": "The data were built straight from the files shipped with the site "
    "and have no versions yet: the first is made by the first import or synchronisation.",
    "data.versions.intro": "Every import and every synchronisation writes a complete new "
    "version of the dataset and switches the site to it; earlier versions stay, and the "
    "command {command} brings one back.",
    "data.versions.caption": "Versions of the dataset, newest first: state, date and how each "
    "was made",
    "data.versions.col.version": "Version",
    "data.versions.col.time": "Made",
    "data.versions.col.made": "How it was made",
    "data.versions.col.indicators": "Indicators recomputed",
    "data.versions.col.state": "State",
    "data.versions.made.build": "built from the site's files",
    "data.versions.made.import": "import of the file {source}",
    "data.versions.made.sync": "synchronisation: {source}",
    "data.versions.made.unknown": "unknown",
    "data.versions.current": "current",
    "data.versions.restored": "restored {time}",
    "data.sync.title": "Last synchronisation",
    "data.sync.none": "The data have not been synchronised with the GUS APIs yet.",
    "data.sync.how": "The command {command} synchronises the SMUP indicators (see the "
    "project's README, the section on real data).",
    "data.sync.caption": "Last synchronisation of each source: date, data version, indicators, "
    "API requests and duration",
    "data.sync.col.source": "Source",
    "data.sync.col.time": "Date",
    "data.sync.col.version": "Data version",
    "data.sync.col.indicators": "Indicators",
    "data.sync.col.requests": "API requests",
    "data.sync.col.duration": "Duration",
    "data.sync.address": "API address ({source}): {url}",
    "date.month.1": "January",
    "date.month.2": "February",
    "date.month.3": "March",
    "date.month.4": "April",
    "date.month.5": "May",
    "date.month.6": "June",
    "date.month.7": "July",
    "date.month.8": "August",
    "date.month.9": "September",
    "date.month.10": "October",
    "date.month.11": "November",
    "date.month.12": "December",
    "date.day": "{day} {month} {year}",
    "date.day_time": "{day} {month} {year}, {time}",
    "duration.days": "{days} d {hours} h {minutes} min",
    "duration.hours": "{hours} h {minutes} min",
    "duration.minutes": "{minutes} min {seconds} s",
    "duration.seconds": "{seconds} s",
    "data.sources.col.source": "Source",
    "data.sources.col.scope": "Scope",
    "data.sources.col.licence": "Licence and attribution",
    "data.sources.files": "Every file (origin, date, licence, checks) is described in the "
    "SOURCE.md files in the repository's data/raw folder.",
    "data.source.bdl_2010.name": "Statistics Poland (GUS), Local Data Bank: gminy 2010–2019",
    "data.source.bdl_2010.scope": "Own revenue of gminy by source, including local taxes; "
    "population by economic age group; area. Every gmina, 2010–2019.",
    "data.source.bdl_2010.licence": "GUS data, with the source given: “Source: GUS, Local "
    "Data Bank”. BDL exports from the repository welkierk/projekt_interdyscyplinarny (no "
    "licence file).",
    "data.source.bdl_2015.name": "Statistics Poland (GUS), Local Data Bank: Poland, "
    "voivodeships, powiaty and gminy 2015–2024",
    "data.source.bdl_2015.scope": "Own revenue, capital investment expenditure and population "
    "(as of 31 December), 2015–2024. The rows of Poland, voivodeships and powiaty are used to "
    "check our sums.",
    "data.source.bdl_2015.licence": "GUS data, with the source given: “Source: GUS, Local "
    "Data Bank”. BDL exports from the repository FRatnayake/P2-gminy-inwestycje (no licence "
    "file).",
    "data.source.teryt.name": "TERYT register (TERC) and GUGiK unit lists",
    "data.source.teryt.scope": "Codes and names of voivodeships, powiaty and gminy: TERC of "
    "2020, 2022 and 2024 and the 2026 list of 2,479 gminy; from them, the mapping of former "
    "gmina codes to current ones.",
    "data.source.teryt.licence": "The official GUS register. Copies from public repositories "
    "(MIT and GPL-3.0 licences or none; details next to each file).",
    "data.source.prg.name": "State Register of Borders (PRG, GUGiK)",
    "data.source.prg.scope": "Borders of voivodeships, powiaty and gminy (as of 2019), "
    "simplified for the site's maps; the lists of neighbours come from them.",
    "data.source.prg.licence": "GUGiK data published free of charge, via jusuff/PolandGeoJson "
    "(The Unlicense, public domain). Attribution: “borders: PRG/GUGiK”.",
    "data.source.libraries.name": "Statistics Poland (GUS), Local Data Bank: public libraries",
    "data.source.libraries.scope": "Population per library outlet, readers per 1,000 "
    "population and loans per reader by gmina, 2002–2014; the numbers of outlets, readers and "
    "loans are rebuilt from these ratios and the population (2010–2014).",
    "data.source.libraries.licence": "GUS data, free to reuse with attribution (“GUS, Bank "
    "Danych Lokalnych”); compiled in the repository pbiecek/DataProducts.",
    "data.source.unemployment.name": "Statistics Poland (GUS), Local Data Bank: registered "
    "unemployment",
    "data.source.unemployment.scope": "Registered unemployed per 1,000 working-age population "
    "by gmina, 2003–2014; the number of unemployed is rebuilt from the working-age population "
    "(2010–2014).",
    "data.source.unemployment.licence": "GUS data, free to reuse with attribution (“GUS, Bank "
    "Danych Lokalnych”).",
    "data.source.exam.name": "CKE/OKE: eighth-grade exam 2025",
    "data.source.exam.scope": "School results in Polish, mathematics and English, mazowieckie "
    "voivodeship only; gmina means weighted by the number of candidates. Outside mazowieckie: "
    "no data.",
    "data.source.exam.licence": "Public exam results (CKE/OKE Warsaw), compiled in the "
    "repository Jacek-Korpikiewicz/wyniki-testow-2025.",
    "data.indicators.title": "Indicators: real and demonstration data",
    "data.indicators.summary": "The catalogue has {total}. Real data (GUS, CKE): {real}. "
    "Demonstration data: {demo}.",
    "data.indicators.col.area": "Area",
    "data.indicators.col.real": "Real data",
    "data.indicators.col.demo": "Demonstration data",
    "data.flags.title": "Quality flags of values",
    "data.flags.intro": "Every value has one quality flag: on the pages, in the API (field "
    "quality) and in downloaded files (column jakosc). Missing values are not zeros and are "
    "described in words, never by colour alone.",
    "data.flags.caption": "Quality flags: meaning, look on the map and number of values in "
    "the data",
    "data.flags.col.flag": "Flag",
    "data.flags.col.meaning": "Meaning",
    "data.flags.col.map": "On the map (Analysis)",
    "data.flags.col.count": "Number of values",
    "data.plausibility.title": "How the plausibility of data is checked",
    "data.plausibility.intro": "When the data are built, every real value of a gmina is "
    "checked with three rules. They look for reporting errors, not for unusual gminy, so each "
    "is narrow:",
    "data.plausibility.zero_total": "Zero report: a gmina's own revenue is 0 PLN in a year. No "
    "gmina has none, so a zero means the budget report is missing, and every item of that "
    "report (revenue by source, taxes, investment expenditure) of that gmina in that year is "
    "suspect. Example: Boguszów-Gorce has 0 PLN in every item in 2019, after about 29 million "
    "PLN of own revenue in 2018 and about 37 million PLN in 2020.",
    "data.plausibility.isolated_jump": "Isolated jump: in a series that changes slowly "
    "(population, own revenue, the main taxes) a value is more than {factor} times higher or "
    "lower than in both neighbouring years, while the values of those years differ by at most "
    "a factor of {agree}. Neither the gmina's own series nor the changes in other gminy "
    "(usually a few per cent a year) explain such a one-year jump. Series that are lumpy by "
    "nature (investment, sales of property) are not checked this way.",
    "data.plausibility.zero_with_activity": "Zero despite activity: in a year when the "
    "gmina's libraries had readers, zero loans (e.g. Złotów in 2011: 351 readers per 1,000 "
    "residents and 0 loans).",
    "data.plausibility.negative": "Negative net receipts are not suspect: refunds can exceed "
    "receipts (e.g. in 2015 mines in Silesia won back property tax on underground workings: "
    "Pawłowice −6.5 million PLN).",
    "data.plausibility.effect": "A suspect value stays in the data and is shown with the flag "
    "“suspect value”, but it never enters ranks, percentiles, medians, map classes, "
    "comparison-group statistics, the diagnosis or the sums of powiaty, voivodeships and "
    "Poland. An indicator computed from a suspect value is suspect too.",
    "data.plausibility.count": "Suspect source values: {sources}. Indicator values computed "
    "from them (suspect too): {values}.",
    "data.plausibility.download": "Download the list of suspect values (CSV)",
    "data.plausibility.download_note": "CSV in UTF-8, comma-separated, with Polish column "
    "names: kod_teryt (TERYT code), nazwa (name), zmienna (variable), rok (year), wartosc "
    "(value), regula (rule).",
    "data.plausibility.missing": "The list of suspect values is not available for this version "
    "of the data.",
    "data.plausibility.list": "List of suspect values ({count})",
    "data.plausibility.caption": "Suspect values: unit, variable, year, value and the rule it "
    "breaks",
    "data.plausibility.col.unit": "Unit",
    "data.plausibility.col.variable": "Variable",
    "data.plausibility.col.year": "Year",
    "data.plausibility.col.value": "Value",
    "data.plausibility.col.rule": "Rule",
    "data.rule.zero_total": "zero report",
    "data.rule.isolated_jump": "isolated jump",
    "data.rule.zero_with_activity": "zero despite activity",
    "a11y.title": "Accessibility statement",
    "notfound.title": "Page not found",
    "notfound.unit": "There is no unit with the code “{code}”.",
    "notfound.service": "There is no service with the identifier “{id}”.",
    "notfound.indicator": "There is no indicator with the identifier “{id}”.",
    "notfound.page": "The page “{path}” does not exist.",
    "notfound.hint": "Search for a unit below or go to the service catalogue.",
    "api.footer_link": "Open API (data to download)",
    "api.page.title": "Open API",
    "api.page.base": "Base address:",
    "api.page.spec": "Machine-readable description (OpenAPI 3.1):",
    "api.page.paging": "Lists of units and values are paged: limit from 1 to 1000 rows (100 by "
    "default), offset from 0; the address of the next page is in links.next (in CSV in the Link "
    "header), and the number of all rows in meta.total (in CSV in the X-Total-Count header).",
    "api.page.errors": 'Errors are returned as JSON {"error": {"code", "message"}} with an '
    "HTTP status: 400 – invalid parameter, 404 – unknown resource, 422 – unknown indicator, "
    "unit, area or service in a parameter.",
    "api.page.cors": "The API is read-only (GET) and can be used from other sites (header "
    "Access-Control-Allow-Origin: *).",
    "api.page.demo": "Rows with provenance = demo are demonstration data: they are generated and "
    "are not real data. Do not publish them as GUS data.",
    "api.page.contents": "API resources",
    "api.page.no_params": "No parameters.",
    "api.page.params_caption": "Parameters of {path}",
    "api.page.col.name": "Parameter",
    "api.page.col.where": "Location",
    "api.page.col.required": "Required",
    "api.page.col.description": "Description",
    "api.page.col.values": "Allowed values",
    "api.page.in.query": "query",
    "api.page.in.path": "path",
    "api.page.yes": "yes",
    "api.page.no": "no",
    "api.page.examples": "Examples:",
    "api.error.no_params": "This resource takes no parameters (given: “{names}”).",
    "api.notice.demo": "Rows with provenance = demo are demonstration data: they are generated "
    "and are not real data.",
    "api.error.unknown_param": "Unknown parameter: “{names}”. Allowed: {allowed}.",
    "api.error.too_long": "The parameter “{name}” is too long (at most {max} characters).",
    "api.error.not_integer": "The parameter “{name}” must be an integer, but is “{value}”.",
    "api.error.out_of_range": "The parameter “{name}” = {value} is outside the range {min}–{max}.",
    "api.error.bad_level": "Unknown level “{value}”. Allowed: {allowed}.",
    "api.error.bad_format": "Unknown format “{value}”. Allowed: json, csv.",
    "api.error.empty_units": "The parameter “units” is empty: give TERYT codes separated by "
    "commas.",
    "api.error.too_many_units": "Too many units in “units” (at most {max}).",
    "api.error.bad_code": "Invalid TERYT code: “{value}”. A code has 2, 4 or 7 digits.",
    "api.error.bad_parent": "“{value}” is not the code of Poland (00), a voivodeship or a powiat.",
    "api.error.unknown_unit": "There is no unit with the code “{code}”.",
    "api.error.unknown_units": "There are no units with the codes: “{codes}”.",
    "api.error.unknown_area": "There is no area with the identifier “{id}”.",
    "api.error.unknown_service": "There is no service with the identifier “{id}”.",
    "api.error.unknown_indicator": "There is no indicator with the identifier “{id}”.",
    "api.error.missing_indicator": "The required parameter “indicator” is missing (indicator "
    "identifier, e.g. ludnosc).",
    "api.error.read_only": "The API is read-only: only the GET method is allowed.",
    "api.error.unknown_path": "There is no such resource: {path}. API description: "
    "/api/v1/openapi.json.",
    "api.error.http": "The request cannot be handled (HTTP {status}).",
    "api.doc.title": "Monitoring public services of local governments – open API",
    "api.doc.description": "Read-only data: territorial units, the catalogue of areas, services "
    "and indicators, and indicator values, as JSON or CSV. Every value has a status (value, "
    "no_data, not_applicable, confidential, suspect), a quality flag (quality) and a "
    "provenance: real – GUS data, demo – demonstration data, generated, which are not real "
    "data. A suspect value has no rank and is not summed. Source of real data: Statistics "
    "Poland (GUS), Local Data Bank.",
    "api.doc.schema.link": "Address of the page (relative), or null when there is none.",
    "api.doc.schema.message": "Description of the error.",
    "api.doc.schema.notice": "A warning when the page holds demonstration data.",
    "api.doc.schema.source": "Source of the value: the import or synchronisation that brought "
    'it (e.g. "GUS, SMUP"), or the indicator\'s source in the catalogue.',
    "api.doc.schema.import_date": "Date of the import or synchronisation that brought the "
    "value; null for values from the files shipped with the site.",
    "api.doc.schema.import_kind": "import: a CSV file import; sync: an API synchronisation.",
    "api.doc.schema.real_source": "Where the indicator's real values come from or, for a "
    "demonstration indicator, which source would replace them. GUS BDL variable ids of the "
    "numerator and the denominator (the variables of one list are added up; metadata: "
    "https://bdl.stat.gov.pl/api/v1/variables/{id}), SMUP indicators, the address of a public "
    "source (or null) and a note in Polish and in English.",
    "api.doc.param.limit": "Rows per page: 1–1000, 100 by default.",
    "api.doc.param.offset": "Number of the page's first row, from 0 to 1,000,000,000 (the "
    "address of the next page is in links.next).",
    "api.doc.param.format": "Response format: json (default) or csv (UTF-8, comma as field "
    "separator, decimal point). In CSV a text beginning with =, +, -, @, a tab or a carriage "
    "return gets a leading apostrophe, so that a spreadsheet does not run it as a formula; "
    "numbers are unchanged.",
    "api.doc.param.level": "Level: kraj, wojewodztwo, powiat or gmina.",
    "api.doc.param.parent": "Code of the parent unit (00 – Poland, a voivodeship or a powiat): "
    "only units within its borders.",
    "api.doc.param.q": "Name (Polish letters are optional) or the beginning of a TERYT code.",
    "api.doc.param.indicator": "Indicator identifier (required), e.g. ludnosc.",
    "api.doc.param.year": "One year, e.g. 2022 (with “years”: that year, if it lies in the range).",
    "api.doc.param.years": "A range of years, e.g. 2015-2020 (in either order), or one year.",
    "api.doc.param.units": "TERYT codes separated by commas, no spaces (at most 500); former "
    "codes are replaced by current ones.",
    "api.doc.param.area": "Area identifier, e.g. kultura.",
    "api.doc.param.service": "Service identifier, e.g. biblioteki-publiczne.",
    "api.doc.param.code": "TERYT code of the unit (current or former).",
    "api.doc.param.indicator_id": "Indicator identifier.",
    "api.doc.response.ok": "Correct response.",
    "api.doc.response.400": "Invalid parameter (e.g. limit above 1000, bad year format, empty "
    "value, unknown parameter).",
    "api.doc.response.404": "There is no resource with this identifier and no unit with this "
    "TERYT code.",
    "api.doc.response.422": "The parameter points to something that does not exist: an "
    "identifier outside the list of allowed values (unknown indicator, area or service).",
    "api.doc.units.summary": "Territorial units",
    "api.doc.units.description": "Poland, voivodeships, powiaty and gminy with TERYT codes (as "
    "of 2026) and former gmina codes; filters: level, parent unit, name; paging.",
    "api.doc.unit.summary": "One unit",
    "api.doc.unit.description": "The unit with the given TERYT code; a former gmina code points "
    "to the unit that replaces it today.",
    "api.doc.areas.summary": "Service areas",
    "api.doc.areas.description": "Areas of public services with the list of their service "
    "identifiers.",
    "api.doc.services.summary": "Public services",
    "api.doc.services.description": "Services with their area and the list of indicator "
    "identifiers.",
    "api.doc.indicators.summary": "Indicators",
    "api.doc.changes.summary": "Data changes",
    "api.doc.changes.description": "The dataset versions, newest first, each with what it "
    "changed against the one before: indicators added and removed, values added, revised and "
    "removed, by area (areas) and indicator (indicators, changed ones only). A version with no "
    "previous one (previous = null) is the first build: its counts say what it holds. The page "
    "/co-nowego shows the same.",
    "api.doc.schema.latest_year": "The latest year with a value at each level.",
    "api.doc.schema.last_import": "When the indicator's values were last imported (the time of "
    "the data version that last changed them).",
    "api.doc.schema.version": "The data version's identifier; null for embedded data without "
    "versions.",
    "api.doc.schema.previous": "The version compared with; null for the first version.",
    "api.doc.indicators.description": "Indicators with basic metadata: service, dimension, unit "
    "of measure, direction (polarity), data provenance and levels.",
    "api.doc.indicator.summary": "Indicator metadata",
    "api.doc.indicator.description": "Full metadata of an indicator: definition, formula "
    "(numerator and denominator), direction, source, data provenance, years, caveats, breaks in "
    "the series and imported datasets.",
    "api.doc.data.summary": "Indicator values",
    "api.doc.data.description": "Values of one indicator for units and years, with the rank "
    "within the level. Filters: level, year or range of years, list of units, parent unit. Rows "
    "with provenance = demo are demonstration data; source and import_date say where each "
    "value comes from and which import or synchronisation brought it.",
    "api.doc.openapi.summary": "API description (OpenAPI 3.1)",
    "api.doc.openapi.description": "This description in the OpenAPI 3.1 format, for generating "
    "clients and validating responses.",
    "sync.source_note": "{source} (API, fetched {date})",
    "sync.apply.empty": "The sync brought no values; the data are unchanged.",
    "sync.apply.columns": "The synced data lack the columns: {columns}.",
    "sync.apply.types": "The synced data have values of the wrong type: {error}",
    "sync.apply.units": "The synced data concern {count} unknown units: {codes}.",
    "sync.apply.statuses": "The synced data have unknown statuses: {statuses}.",
    "sync.apply.values": "The synced data have {count} values that are not numbers, "
    "e.g. {example}.",
    "sync.apply.duplicates": "The synced data give one value twice, e.g. {example}.",
    "sync.apply.catalogue": "The synced catalogue is invalid: {error}",
    "ingest.source_note": "import: {source} (file {file}, {date})",
    "ingest.api.bad_years": "Give the years as YYYY or YYYY-YYYY, e.g. 2015-2024.",
    "ingest.api.failed": "Could not fetch data from the BDL API: {error}",
    "ingest.api.saved": "Saved {rows} values to {path} (API requests: {requests}). Check the "
    "file and load it with the ingest-bdl-csv command and a mapping.",
    "ingest.find.query": "BDL search: “{query}” (level: {level})",
    "ingest.find.any_level": "any",
    "ingest.find.subjects": "Subjects with a matching name: {count}",
    "ingest.find.group": "a group of subjects, no variables of its own",
    "ingest.find.variables": "Candidate variables: {shown} of {count} (id, dimensions n1…n5):",
    "ingest.find.details": "unit: {unit} · level: {level} · subject: {subject} · years: {years}",
    "ingest.find.none": "No variables found for “{query}”. Try a shorter part of the name "
    "(e.g. “bibliotek”) or another level.",
    "ingest.find.incomplete": "The BDL search found more records than its first page holds "
    "(100): narrow the query.",
    "ingest.find.next": "BDL API requests: {requests}. Before use, check the variable at "
    "/variables/{{id}} (dimensions, unit, level, years), then add its id to "
    "[indicators.real_source] in catalogue/*.toml.",
    "ingest.find.failed": "Could not search the BDL API: {error}",
    "ingest.find.level.0": "Poland",
    "ingest.find.level.1": "macroregions",
    "ingest.find.level.2": "voivodeships",
    "ingest.find.level.3": "regions",
    "ingest.find.level.4": "subregions",
    "ingest.find.level.5": "powiaty",
    "ingest.find.level.6": "gminy",
    "ingest.find.level.7": "statistical localities",
    "ingest.severity.error": "ERROR",
    "ingest.severity.warning": "warning",
    "ingest.severity.info": "information",
    "ingest.where.line": "line {line}",
    "ingest.where.column": "column “{column}”",
    "ingest.where.value": "value “{value}”",
    "ingest.col.n": "column no. {n}",
    "ingest.error.missing_file": "There is no file {path}.",
    "ingest.error.too_big": "The file is too big (more than {max} MB).",
    "ingest.error.encoding": "The file is not text in UTF-8 or Windows-1250 encoding.",
    "ingest.warning.cp1250": "The file is in Windows-1250 encoding; it was read and converted.",
    "ingest.error.empty": "The file is empty.",
    "ingest.error.header_start": "The header must start with the columns “Kod” and “Nazwa” (BDL "
    "CSV export format, separator “;”).",
    "ingest.error.header_column": "The column header is neither “dimension;year;[unit]” nor "
    "“rok_YYYY”.",
    "ingest.error.header_duplicate": "The same column (dimension and year) occurs a second time "
    "(first in column no. {other}).",
    "ingest.error.year": "Year outside the range {first}–{last}.",
    "ingest.error.no_column": "The file has no column “{match}” named in the mapping for the "
    "variable {variable}. Columns in the file: {available}.",
    "ingest.error.unit": "A unit of measure other than in the mapping (expected “{expected}”).",
    "ingest.error.ragged": "The line has {found} fields, the header {expected}.",
    "ingest.error.bad_code": "Invalid unit code (expected a 7-digit TERYT code; a 6-digit code is "
    "read as a code without its leading zero).",
    "ingest.error.duplicate_code": "Repeated code (first in line {other}).",
    "ingest.error.unknown_code": "Unknown gmina code: it is neither in the TERYT register nor "
    "among historical codes, and its powiat does not exist.",
    "ingest.warning.abolished": "The code “{name}” has no current counterpart (e.g. a gmina "
    "abolished or merged into another): its values count only towards the totals of the "
    "powiat, voivodeship and Poland.",
    "ingest.error.not_number": "This is not a number (allowed: a number with a decimal comma, an "
    "empty cell or “.” = no data, “-” = zero, “x” = not applicable).",
    "ingest.error.range": "Value outside the allowed range {min} – {max}.",
    "ingest.error.double_value": "Two values for the unit {code} in {year} (lines {lines}, codes "
    "{codes}).",
    "ingest.error.no_values": "The file holds no values for gminy in the mapped columns.",
    "ingest.warning.aggregate": "The sum over gminy in {year} ({ours}) differs from the value "
    "GUS gives for this unit ({reported}).",
    "ingest.warning.more": "… and {count} more differences of totals.",
    "ingest.info.repaired": "A leading zero was restored in {count} codes (e.g. {examples}).",
    "ingest.info.historical": "{count} historical codes were assigned to current gminy: "
    "{examples}.",
    "ingest.info.parts": "{count} rows of gmina parts were left out (town and rural area of an "
    "urban-rural gmina, city districts): they are not separate local governments.",
    "ingest.mapping.not_number": "{where}: “{value}” is not a number.",
    "ingest.mapping.not_table": "The mapping must be a table with the keys “source” (text), "
    "“years” and a list “columns”.",
    "ingest.mapping.no_columns": "The mapping has no list “columns” (at least one column).",
    "ingest.mapping.column_n": "mapping column no. {n}",
    "ingest.mapping.not_table_at": "{where}: expected a table with the keys “match” and "
    "“variable”.",
    "ingest.mapping.unknown_keys": "{where}: unknown keys: {keys} (allowed: match, variable, "
    "unit, min, max).",
    "ingest.mapping.missing_keys": "{where}: “match”, “variable” and “unit” must be text; "
    "“match” and “variable” are required.",
    "ingest.mapping.unknown_variable": "{where}: the variable “{variable}” is neither a "
    "numerator nor a denominator of any indicator in the catalogue.",
    "ingest.mapping.bad_range": "{where}: “max” is smaller than “min”.",
    "ingest.mapping.duplicate_variable": "The same variable in several mapping columns: "
    "{variables}.",
    "ingest.mapping.bad_years": "“years” must be a pair of years [from, to], e.g. [2015, 2024].",
    "ingest.mapping.missing_file": "There is no mapping file {path}.",
    "ingest.mapping.too_big": "The mapping file {path} is too big.",
    "ingest.mapping.unreadable": "Cannot read the mapping {path}: {error}",
    "ingest.report.file": "File {name} (SHA-256 {sha}…):",
    "ingest.report.more": "… and {count} more remarks.",
    "ingest.report.bad_mapping": "Mapping error: {error}",
    "ingest.report.failed": "Import stopped: {count} errors in the file.",
    "ingest.report.unchanged": "The data have not been changed.",
    "ingest.report.valid": "The file is valid: {values} values for {gminy} gminy, variables: "
    "{variables}.",
    "ingest.report.dry_run": "Dry run (--dry-run): the data have not been changed.",
    "ingest.report.done": "Imported as data version {version} (previous: {previous}). "
    "Recomputed indicators: {indicators}.",
    "ingest.report.restart": "The running application shows the new data version "
    "from its next request.",
    "ingest.version.locked": "Another import or restore is in progress; try again in a moment.",
    "ingest.version.incomplete": "Data version {id} is incomplete.",
    "ingest.version.no_data": "No built data in {path}: run “flask --app app build-data” first.",
    "ingest.version.not_versioned": "The data have no version yet (there has been no import).",
    "ingest.version.unknown": "There is no data version “{id}”. Latest versions: {known}.",
    "ingest.version.none": "No data versions (there has been no import).",
    "ingest.version.imports": "imports: {count}",
    "ingest.version.restored": "Data version {id} restored (previous: {previous}).",
    "ingest.smup.all": "all",
    "ingest.smup.selection": "areas: {areas}; indicators: {indicators}; years: {years}",
    "ingest.smup.dictionaries": "SMUP dictionaries: areas {areas}, services {services}, "
    "indicators {indicators}, years {years}, flags {flags}.",
    "ingest.smup.units": "SMUP units: {mapped} mapped to our codes; left out: {parts} parts of "
    "urban-rural gminy (rodz 4/5) and {districts} districts (rodz 8/9).",
    "ingest.smup.units_unknown": "SMUP units outside our register (not mapped, {count}): {units}.",
    "ingest.smup.linked": "SMUP indicators linked to ours (not added a second time): {links}.",
    "ingest.smup.plan": "Plan: {series} series ({indicators} SMUP indicators) × {years} years; "
    "indicator-years already fetched: {kept}; data requests to send: {requests}.",
    "ingest.smup.estimate": "Estimated download time under the API limits: {keyed} with a key, "
    "{anonymous} without (this run: {mode}).",
    "ingest.smup.keyed": "with a key",
    "ingest.smup.anonymous": "without a key",
    "ingest.smup.dry_run": "Dry run (--dry-run): only the dictionaries were fetched; the data "
    "and the checkpoint are unchanged.",
    "ingest.smup.nothing_to_resume": "There is no interrupted sync to resume; starting a new one.",
    "ingest.smup.resuming": "Resuming the sync started {started} ({selection}).",
    "ingest.smup.interrupted_before": "The previous sync (started {started}) did not finish. "
    "Run the command with --resume to finish it (the parts already fetched are used), or delete "
    "{path} to start a new one with another selection.",
    "ingest.smup.resume_differs": "--resume finishes the interrupted sync with its own "
    "selection ({selection}); run it without --areas, --indicators and --years.",
    "ingest.smup.progress.rows": "indicator {indicator}, year {year}: {rows} rows",
    "ingest.smup.progress.none": "indicator {indicator}, year {year}: no data (HTTP 404)",
    "ingest.progress.line": "[{done}/{total}] {item}. About {eta} left.",
    "ingest.progress.unit": "requests",
    "ingest.smup.done": "SMUP data synced as data version {version} (previous: {previous}); "
    "indicators recomputed: {indicators}.",
    "ingest.smup.unchanged": "No new SMUP data: the current data version {version} already has "
    "them; nothing was switched.",
    "ingest.sync.interrupted": "Interrupted. The data are unchanged; the parts fetched are in "
    "{path}: finish with the command and --resume.",
    "ingest.smup.kept": "The data are unchanged; the parts fetched are in {path}: once the cause "
    "is fixed, finish with the command and --resume.",
    "ingest.smup.error.network": "No connection to the SMUP API ({url}): {reason}. Check the "
    "internet connection and the API address (--base-url, SMUP_API_URL).",
    "ingest.smup.error.dns": "The SMUP API server “{host}” cannot be found (DNS error). Check the "
    "API address (--base-url, SMUP_API_URL) and the internet connection.",
    "ingest.smup.error.server": "The SMUP API answers with server error HTTP {status} even "
    "after {retries} retries ({url}). Try again later.",
    "ingest.smup.error.http": "The SMUP API answered HTTP {status} ({url}).",
    "ingest.smup.error.rejected_key": "The SMUP API rejected the key (HTTP {status}). Check the "
    "environment variable SMUP_API_KEY, or unset it to fetch without a key (slower).",
    "ingest.smup.error.needs_key": "The SMUP API refused access without a key (HTTP {status}). "
    "Set the key in the environment variable SMUP_API_KEY.",
    "ingest.smup.error.truncated": "A SMUP API answer is cut short or is not valid JSON ({url}): "
    "{reason}.",
    "ingest.smup.error.shape": "A SMUP API answer has an unexpected shape: {path}, field "
    "“{field}”: {problem}. Sample: {sample}. The assumptions about the API's fields are in "
    "ingest/smup/fields.py.",
    "ingest.smup.shape.envelope": "expected an array of records or an object holding one",
    "ingest.smup.shape.record": "a record is not a JSON object",
    "ingest.smup.shape.missing": "the field is missing",
    "ingest.smup.shape.not_id": "not a numeric id",
    "ingest.smup.shape.not_text": "not a non-empty text",
    "ingest.smup.shape.not_number": "not a number",
    "ingest.smup.shape.duplicate": "the same id a second time",
    "ingest.smup.shape.dimension": "unknown dimension (expected: ilość, jakość, dostępność, "
    "efektywność or kontekst)",
    "ingest.smup.shape.date": "the date id is not of the form YYYY1231",
    "ingest.smup.shape.other_indicator": "a row of another indicator than the one asked for",
    "ingest.smup.shape.other_year": "a row of another year than the one asked for",
    "ingest.smup.shape.page_ignored": "the next page repeats the previous one (the server "
    "ignores the page parameter)",
    "ingest.smup.shape.too_many_pages": "more pages than possible",
    "ingest.smup.error.data": "Invalid SMUP data.",
    "ingest.smup.error.unknown_flag": "Unknown SMUP flag {id} “{text}”: its meaning (value, "
    "zero, no data, confidential) is not known. Add it to FLAG_RULES in ingest/smup/fields.py.",
    "ingest.smup.error.unknown_row_flag": "The SMUP data have flags missing from the flag "
    "dictionary: {flags} (indicator, year: {where}).",
    "ingest.smup.error.zero_with_value": "The flag “zjawisko nie wystąpiło” with the value "
    "{value} (indicator {indicator}, year {year}, SMUP unit {unit}): a contradiction; check "
    "FLAG_RULES in ingest/smup/fields.py.",
    "ingest.smup.error.unit_not_in_dictionary": "The SMUP data concern units missing from the "
    "unit dictionary ({count}): {units} (indicator, year: {where}).",
    "ingest.smup.error.unknown_units": "The SMUP data concern units outside our register "
    "(data/built/units.parquet), {count}: {units}. Codes are not guessed.",
    "ingest.smup.error.conflict": "Two different values for unit {code} in {year} (SMUP "
    "indicators {indicators}; such cases: {count}).",
    "ingest.smup.error.orphan_service": "SMUP service {id} belongs to area {area}, which is not "
    "in the list of areas.",
    "ingest.smup.error.orphan_indicator": "SMUP indicator {id} belongs to service {service}, "
    "which is not in the list of services.",
    "ingest.smup.error.bad_areas": "Unknown areas: {areas}. Available: {known}.",
    "ingest.smup.error.bad_indicators": "Unknown SMUP indicators: {indicators}.",
    "ingest.smup.error.no_years": "The years chosen are outside SMUP's years of data ({span}).",
    "ingest.smup.error.locked": "Another SMUP sync is running (lock in {path}); try again when "
    "it ends.",
    "ingest.smup.error.checkpoint": "The checkpoint {path} cannot be read: {error}",
    "ingest.smup.error.no_data": "No built data in {path}: run flask --app app build-data first.",
    "ingest.bdl_sync.plan": "Plan: {variables} variables from {ids} BDL variables, years "
    "{first}–{last}: {requests} data requests (one page per 100 gminy).",
    "ingest.bdl_sync.estimate": "Estimated time within the BDL API limits: about {keyed} with "
    "a key, about {anonymous} without.",
    "ingest.bdl_sync.real_after": "Real data will replace demonstration data (demonstration "
    "indicators with complete BDL data): {indicators}: {ids}.",
    "ingest.bdl_sync.conflict": "Left out a variable that indicators tie to different BDL "
    "variables (fix real_source in the catalogue): {problem}",
    "ingest.bdl_sync.unknown_indicators": "Unknown indicators: {ids}.",
    "ingest.bdl_sync.nothing": "None of the chosen indicators names BDL variables "
    "(bdl_numerator, bdl_denominator in the catalogue); there is nothing to fetch.",
    "ingest.bdl_sync.left_out": "Left out {count} units outside the current register of gminy "
    "(reported, not guessed): {codes}.",
    "ingest.bdl_sync.failed": "The sync from the BDL API failed: {error}",
    "ingest.bdl_sync.kept": "The data are unchanged; the parts fetched are in {path}: once the "
    "cause is fixed, finish with the command and --resume.",
    "ingest.bdl_sync.interrupted": "The previous sync from the BDL API was not finished; the "
    "parts fetched are in {path}: finish it with the command and --resume.",
    "ingest.bdl_sync.done": "BDL data synced as data version {version} (previous: {previous}); "
    "indicators recomputed: {indicators}.",
    "ingest.error.disk_full": "The disk is full ({error}).",
    "ingest.error.disk": "Disk write error: {error}.",
    "error.generic": "An error occurred. Try again in a moment.",
    "reports.button": "Print / PDF",
    "reports.button_title": "Printable report on {name} (HTML page and PDF)",
    "reports.service_button": "service report",
    "reports.service_button_title": "Printable report: {service} in {name}",
    "reports.toolbar": "Report",
    "reports.print": "Print",
    "reports.download_pdf": "Download PDF",
    "reports.back_profile": "← Profile: {name}",
    "reports.back_service": "← Service card: {service}",
    "reports.search": "Search",
    "reports.unit.title": "Report: {name} ({kind})",
    "reports.unit.kicker": "Report on public services",
    "reports.unit.description": "Report on public services: {name}, {kind}. Indicators against "
    "the powiat, voivodeship, Poland and the comparison group.",
    "reports.service.title": "Report: {service} — {name}",
    "reports.service.kicker": "Service report",
    "reports.service.description": "Report on the service “{service}” in {name}: all indicators "
    "in all years.",
    "reports.service.no_indicators": "This service has no indicators for the level: {level}.",
    "reports.keywords": "SMUP, public services, local government report",
    "reports.generated": "As of {date}",
    "reports.page": "page",
    "reports.page_of": "of",
    "reports.demo_label": "DEMO",
    "reports.demo_intro": "DEMO next to a value: demonstration data.",
    "reports.demo_footer": "DEMO — demonstration data: generated values, not real data.",
    "reports.notes_title": "Notes on the report settings",
    "reports.note.bad_areas": "Unknown areas were left out: {areas}.",
    "reports.note.no_areas": "None of the given areas exists: the report covers all areas.",
    "reports.note.bad_years": "Invalid range of years (from “{od}” to “{do}”): the report covers "
    "all years {low}–{high}.",
    "reports.cover.kind": "Type of unit",
    "reports.cover.teryt": "TERYT code",
    "reports.cover.years": "Years",
    "reports.cover.group": "Comparison group",
    "reports.cover.date": "Date of preparation",
    "reports.no_group": "none (the unit has no group of the same level)",
    "reports.group_members": "Members of the comparison group: {label}",
    "reports.group_median": "Group median",
    "reports.locator": "Location: {name} within the voivodeship",
    "reports.source": "Source: Statistics Poland (GUS), Local Data Bank; boundaries: PRG "
    "(GUGiK). Prepared by: Monitoring public services of local governments.",
    "reports.toc": "Contents",
    "reports.how_to_read": "How to read the report",
    "reports.how_to_read.text": "The value is the latest year in the chosen range in which the "
    "indicator has data. Trend chart: solid line with dots — the unit; dotted line — Poland "
    "(only for relative indicators, e.g. per inhabitant). ▲ better than the group median, ▼ "
    "worse, = at the median, ○ neutral indicator.",
    "reports.context.title": "Context: population and territory",
    "reports.context.facts": "Basic facts: {name}",
    "reports.population_chart": "Population: {name}, {start}–{end}",
    "reports.population_caption": "Population (as of 31 December). From 2020 based on the 2021 "
    "census.",
    "reports.age.pre": "pre-working age",
    "reports.age.working": "working age",
    "reports.age.post": "post-working age",
    "reports.age.chart": "Population by economic age groups: {name} against the powiat, "
    "voivodeship and Poland, {year}",
    "reports.age.caption": "Share of the population of pre-working, working and post-working age "
    "(%).",
    "reports.col.value": "Value (year)",
    "reports.col.trend": "Trend {start}–{end}",
    "reports.col.year": "Year",
    "reports.col.position_region": "Rank in the voivodeship",
    "reports.service_link": "(service report)",
    "reports.diagnosis.more": "Other findings in this area: {count} (full list in the unit "
    "profile).",
    "reports.methods.title": "Methods and sources",
    "reports.methods.indicators": "Indicators: definitions, formulas and data provenance",
    "reports.methods.intro": "Every indicator is computed with the same formula for gminy, "
    "powiaty, voivodeships and Poland. No data and “not applicable” are not zeros: they are "
    "shown in words. A suspect value (one that breaks a plausibility rule) is shown with its "
    "flag, but without a rank and outside the group median.",
    "reports.map.title": "Location within the voivodeship",
    "reports.map.caption": "{indicator}, {year}: {name} against units of the same level ({region})",
    "reports.map.range": "from {low} to under {high}",
    "reports.map.range_closed": "from {low} to {high}",
    "reports.map.no_data": "no data",
    "reports.map.suspect": "suspect value (not classed)",
    "reports.map.unit": "{name} (bold outline and marker)",
    "reports.map.classes": "Quantile classes: each holds a similar number of units; a darker "
    "colour is a higher value.",
    "reports.position.caption": "{name}: latest value and rank among units of the same level in "
    "the voivodeship (1 = the best value)",
    "reports.chart.label": "{indicator}: {name} against comparisons",
    "reports.chart.total_note": "Total value: comparisons with the powiat, voivodeship and "
    "Poland make no sense, so they are not drawn.",
    "reports.years.caption": "{indicator}: values over the years ({name} and comparisons)",
    "lang.switch": "Language",
    "lang.en": "English",
    "lang.pl": "Polski",
    "lang.current": "current language",
    "lang.bad_code": "Unknown language “{code}”: the site is available in Polish (pl) and "
    "English (en).",
    "indicator.meta.name_pl": "Polish name",
    "service.page_title": "Service",
    "indicator.page_title": "Indicator",
    "profile.page_title": "Unit profile",
    "profile.density": "Population density",
    "charts.units_short": "units",
    "charts.unit_count": "number of units",
    "charts.median": "median",
    "reports.position": "{rank} of {of}",
    "reports.verdict.better": "better",
    "reports.verdict.worse": "worse",
    "reports.verdict.equal": "at the median",
    "reports.verdict.neutral": "not rated",
    "reports.scope.kluczowe": "key indicators ({count} per service)",
    "reports.scope.wszystkie": "all indicators",
    "reports.more_short": "(+{count} in the service report)",
    "reports.more_note": "The other indicators of each service are in its service report (link "
    "next to the service name) and in the version of this report with all indicators.",
    "reports.note.bad_scope": "Unknown scope of indicators “{value}”: the key indicators are "
    "shown (possible: kluczowe, wszystkie).",
    "reports.card.label": "Printable report on this service in a chosen unit (name or TERYT code)",
    "reports.card.placeholder": "e.g. Bolesławiec, 0201011",
    "reports.choose.title": "Choose a unit",
    "reports.choose.text": "Several units match “{query}”. Choose the one for the report on "
    "the service “{service}”:",
    "reports.busy.title": "The PDF report is being prepared",
    "reports.busy.text": "The server is preparing another PDF report right now. This page will "
    "try again by itself in {seconds} s.",
    "reports.busy.retry": "Try now",
    "reports.preparing.title": "Preparing your report…",
    "reports.preparing.text": "The report's PDF file is being made right now; this usually "
    "takes a few seconds. This page will open it by itself when it is ready.",
    "reports.preparing.ready": "The report is ready — opening the PDF.",
    "reports.preparing.retry": "Check now",
    "reports.pdf.html_version": "Open the printable version in the browser (same content)",
    "reports.failed.title": "The PDF report could not be prepared",
    "reports.failed.text": "An error occurred while making the PDF file. Try again in a "
    "moment; if it happens again, use the printable version in the browser.",
    "reports.failed.retry": "Try again",
    # --- Unit kinds, places, size classes and other texts of the English-UI leak fixes
    # (display only: the data keep the Polish kinds).
    "kind.gmina_miejska": "urban gmina",
    "kind.gmina_wiejska": "rural gmina",
    "kind.gmina_miejsko_wiejska": "urban-rural gmina",
    "kind.miasto_gmina": "urban gmina – city with powiat status",
    "kind.miasto_powiat": "powiat – city with powiat status",
    "kind.powiat": "powiat",
    "kind.wojewodztwo": "voivodeship",
    "kind.kraj": "country",
    "unit.powiat_short": "{name} powiat",
    "unit.woj_short": "{name} voivodeship",
    "unit.powiat_full": "{name} powiat",
    "unit.woj_full": "{name} voivodeship",
    "unit.locator_poland": "Location: {name} on the map of Poland",
    "comparison.method.formula": "z = (x − mean) / standard deviation\n"
    "d(a, b) = √( Σ wᵢ · (z_aᵢ − z_bᵢ)² / Σ wᵢ )\n"
    "match = round(100 · max(0, 1 − d / 2))",
    "analiza.note.indicator": "There is no indicator “{value}”: the default indicator is shown.",
    "analiza.note.level": "Unknown level “{value}”: gminy are shown.",
    "analiza.note.year": "No data for the year “{value}”: the latest year is shown.",
    "analiza.note.territory": "Unknown or unsuitable region “{value}”: all of Poland is shown.",
    "analiza.note.codes": "Codes of another level or unknown codes were left out: {codes}.",
    "analiza.note.too_many": "At most {max} units can be selected.",
    "analiza.note.group": "Unknown comparison group “{value}”: all units are shown.",
    "analiza.export.columns_note": "Data files keep fixed Polish column names and labels "
    "whatever the page language (a stable format for scripts): kod_teryt = TERYT code, "
    "nazwa = name, rodzaj = kind of unit, wskaznik = indicator id, rok = year, wartosc = value, "
    "jednostka = unit of measure, status, jakosc = quality flag (e.g. “wartość wątpliwa” = "
    "suspect value, “zjawisko nie wystąpiło” = a true zero), pochodzenie = provenance, "
    "pozycja = rank, percentyl = percentile, zmiana_r_do_r = change y/y, "
    "zmiana_od_pierwszego_roku = change since the first year. In CSV and XLSX a text beginning "
    "with =, +, -, @ gets a leading apostrophe, so that a spreadsheet does not run it as a "
    "formula.",
    # --- apiconf ---
    "api.error.empty_value": "The parameter “{name}” is empty: give a value or leave the "
    "parameter out.",
    "api.error.bad_years": "Invalid year range “{value}”: give a year (e.g. 2020) or two years "
    "joined by a hyphen (e.g. 2015-2020).",
    "api.doc.schema.area_id": "An identifier listed by /api/v1/areas.",
    "api.doc.schema.service_id": "An identifier listed by /api/v1/services.",
    "api.doc.schema.indicator_id": "An identifier listed by /api/v1/indicators.",
    "api.doc.schema.unit_code": "TERYT code: 2, 4 or 7 digits, current or former (list: "
    "/api/v1/units).",
    "api.doc.schema.parent_code": "00 (Poland), the code of a voivodeship (2 digits) or a powiat "
    "(4 digits).",
    "api.doc.schema.years": "A year or two years joined by a hyphen (YYYY-YYYY), years 1990–2100.",
    "api.page.values.list": "{items} At most {max}, separated by commas.",
    "api.page.values.max_length": "Text, at most {max} characters.",
    # --- citizen ---
    "count.indicators_gen.one": "{count} indicator",
    "count.indicators_gen.few": "{count} indicators",
    "count.indicators_gen.many": "{count} indicators",
    "count.demo_indicators.one": "{count} demonstration indicator",
    "count.demo_indicators.few": "{count} demonstration indicators",
    "count.demo_indicators.many": "{count} demonstration indicators",
    # --- freshness and changes between dataset versions (/co-nowego) ---
    "count.values.one": "{count} value",
    "count.values.few": "{count} values",
    "count.values.many": "{count} values",
    "freshness.latest": "Latest data: {years}",
    "freshness.level_year": "{level} {year}",
    "freshness.imported": "values imported {date}",
    "freshness.short": "data to {year}, imported {date}",
    "freshness.no_data": "no data",
    "changes.title": "What's new in the data",
    "changes.footer_link": "What's new",
    "changes.see": "What each version changed: What's new in the data",
    "changes.intro": "Every import, sync and rebuild of the data makes a new version of the "
    "dataset. Below are the versions, newest first, each with what it changed against the one "
    "before: indicators added and removed, values added, revised and removed, by area; expand "
    "to see the indicators.",
    "changes.tolerance": "A revised value differs from the previous one by more than a "
    "billionth of it (smaller differences are rounding in the computation, not changes of the "
    "data).",
    "changes.api": "The same data for programs:",
    "changes.about_link": 'The sources and versions of the data are described on "About the data".',
    "changes.none_recorded": "No changes have been recorded for these data yet.",
    "changes.heading": "{date}: {made}",
    "changes.made.build": "data rebuilt",
    "changes.made.first": "data built from the shipped files",
    "changes.made.import": "file imported",
    "changes.made.sync": "synced from an API",
    "changes.made.unknown": "new version",
    "changes.version": "version {id}",
    "changes.embedded": "embedded data",
    "changes.current": "current",
    "changes.first": "First version of the dataset: {indicators} and {values}, of which {demo} "
    "are demonstration values.",
    "changes.nothing": "No changes in the values.",
    "changes.caption": "Changes by area",
    "changes.first_caption": "Contents by area",
    "changes.col.area": "Area",
    "changes.col.indicators": "Indicators",
    "changes.col.indicators_added": "Indicators added",
    "changes.col.indicators_removed": "Indicators removed",
    "changes.col.indicators_changed": "Indicators changed",
    "changes.col.values": "Values",
    "changes.col.real_values": "Real values",
    "changes.col.demo_values": "Demonstration values",
    "changes.col.values_added": "Values added",
    "changes.col.values_revised": "Values revised",
    "changes.col.values_removed": "Values removed",
    "changes.col.indicator": "Indicator",
    "changes.col.status": "Change",
    "changes.indicators": "Changed indicators ({count})",
    "changes.status.added": "added",
    "changes.status.removed": "removed",
    "changes.status.changed": "changed",
    "changes.unknown_area": "other",
    "changes.since_visit": "Since your last visit ({date}) the data were updated:",
    "changes.since_item": "{date}, {made}: {what}",
    "changes.part.indicators_added": "added {count}",
    "changes.part.indicators_removed": "removed {count}",
    "changes.part.values_added": "added {count}",
    "changes.part.values_revised": "revised {count}",
    "changes.part.values_removed": "removed {count}",
    "changes.since_areas": " (areas: {areas})",
    "changes.since_link": "Details: What's new in the data",
    "diagnosis.headline.real_only": "Strengths: {strengths}, weaknesses: {weaknesses} — based on "
    "{real} with real data; {demo} left out.",
    "diagnosis.headline.all_real": "Strengths: {strengths}, weaknesses: {weaknesses} — based on "
    "{real} with real data.",
    "diagnosis.headline.with_demo": "Strengths: {strengths}, weaknesses: {weaknesses} — based on "
    "{real} with real data and {demo} with demonstration data (generated, not real).",
    "indicator.map_link": "Show on the map",
    "indicator.map_link_title": "Open the map in the analysis: {level}, {year}",
    "unit_data.label": "Download the unit's data (all indicators, all years):",
    "unit_data.link_title": "All indicators of {name} for all years, {format} file",
    "unit_data.note": "every row names the indicator, unit of measure, source, import date, "
    "provenance (real or demonstration data) and the value's quality (column names in Polish).",
    "report_form.title": "Printable report settings: areas, years, group, indicators",
    "report_form.service_title": "Printable report on this service",
    "report_form.areas": "Areas in the report",
    "report_form.from": "From year",
    "report_form.to": "To year",
    "report_form.group": "Comparison group",
    "report_form.scope": "Indicators",
    "report_form.scope.kluczowe": "key (one per service)",
    "report_form.scope.wszystkie": "all",
    "report_form.preview": "Preview: the report will cover",
    "report_form.open": "Open the report",
    "report_form.submit": "Show the report",
    "report_form.no_areas": "Tick at least one area.",
    "report_form.bad_request": "Invalid form data: nothing was changed.",
    "report_form.line.all_areas": "Areas: all ({count}) and the unit's context",
    "report_form.line.areas": "Areas: {areas} and the unit's context",
    "report_form.line.years": "Years: {start}–{end}",
    "report_form.line.group": "Comparison group: {group}",
    "report_form.line.scope.kluczowe": "Indicators: the key indicator of each service",
    "report_form.line.scope.wszystkie": "Indicators: every indicator of each service",
    "report_form.line.service": "Service: {service}",
    "report_form.line.unit": "Unit: {name} (TERYT {code})",
    "report_form.line.no_unit": "Enter the unit's name or TERYT code.",
    "report_form.line.choose": "Several units are called “{name}”: the report will ask which.",
    "pack.title": "Report on the state of {name} for {year}",
    "pack.kicker": "Report on the state of the gmina (art. 28aa of the act on gmina "
    "self-government): data for the report",
    "pack.description": "Data for the report on the state of {name} for {year}: changes in the "
    "year, comparisons with the group and Poland, progress towards targets, methods and sources.",
    "pack.cover.year": "Report year",
    "pack.cover.trends": "Trends over",
    "pack.no_group": "The unit has no comparison group of its level.",
    "pack.demo_values": "demonstration values",
    "pack.summary.title": "Summary of {year}",
    "pack.summary.changes_title": "Changes on the year before",
    "pack.summary.changes": "In {year}, compared with the year before, of {count} with real data "
    "for both years: {clauses}.",
    "pack.summary.improved.one": "{count} indicator improved",
    "pack.summary.improved.few": "{count} indicators improved",
    "pack.summary.improved.many": "{count} indicators improved",
    "pack.summary.worsened.one": "{count} indicator worsened",
    "pack.summary.worsened.few": "{count} indicators worsened",
    "pack.summary.worsened.many": "{count} indicators worsened",
    "pack.summary.stable.one": "{count} stayed about the same (under 2%)",
    "pack.summary.stable.few": "{count} stayed about the same (under 2%)",
    "pack.summary.stable.many": "{count} stayed about the same (under 2%)",
    "pack.summary.neutral.one": "{count} descriptive indicator has no better or worse direction.",
    "pack.summary.neutral.few": "{count} descriptive indicators have no better or worse direction.",
    "pack.summary.neutral.many": "{count} descriptive indicators have no better or worse "
    "direction.",
    "pack.summary.no_changes": "There are no indicators with real data for {year} and the year "
    "before to compare.",
    "pack.summary.change_item": "{name}: {change} ({previous} → {year})",
    "pack.summary.improved_title": "Largest improvements",
    "pack.summary.worsened_title": "Largest deteriorations",
    "pack.summary.group_title": "Against the comparison group",
    "pack.summary.demo": "The summary leaves out {demo}: their values are generated, not "
    "measured; the chapters mark them DEMO.",
    "pack.summary.none": "none",
    "pack.col.change": "Change y/y",
    "pack.col.trend": "Trend",
    "pack.chart.caption": "Chart: {alt}",
    "pack.targets.title": "Progress towards the strategy's targets",
    "pack.targets.goal.at_least": "at least {value} in {year}",
    "pack.targets.goal.at_most": "at most {value} in {year}",
    "pack.targets.projection": "{value} in {year} (95% interval: {low}–{high})",
    "pack.targets.anonymous": "Strategy targets are set by logged-in users at {url}. This pack "
    "was made without logging in, so it has no targets.",
    "pack.targets.none": "No targets were chosen for the report. Set targets for this gmina at "
    "{url}, then tick them in the report form on the gmina's profile.",
    "pack.targets.explain": "Distance is the target value minus the latest value; progress is the "
    "share of the way from the baseline to the target covered; the projection is a linear fit "
    "over the last years with its 95% interval (none without at least three years of real data).",
    "pack.targets.col.indicator": "Indicator",
    "pack.targets.col.goal": "Target",
    "pack.targets.col.baseline": "Baseline",
    "pack.targets.col.latest": "Latest value",
    "pack.targets.col.distance": "Distance to target",
    "pack.targets.col.progress": "Progress",
    "pack.targets.col.projection": "Projection",
    "pack.targets.col.status": "Status",
    "pack.targets.col.source": "Document, note",
    "pack.methods.col.indicator": "Indicator",
    "pack.methods.col.definition": "Definition and formula",
    "pack.methods.col.source": "Source",
    "pack.methods.col.year": "Year",
    "pack.methods.col.flags": "Flags",
    "pack.toc": "Contents",
    "pack.toc.hint": "Update the page numbers of the contents in your editor: Word – “Update "
    "field”, LibreOffice – “Update index”.",
    "pack.table.caption": "Table: {name}, {year}",
    "pack.file.docx": "Editable report (Word, LibreOffice)",
    "pack.file.pdf": "Report as PDF (tagged, for print)",
    "pack.file.xlsx": "Every table of the report (spreadsheet)",
    "pack.file.svg": "Chart (SVG, vector): {alt}",
    "pack.file.png": "Chart (PNG): {alt}",
    "pack.sheet.summary": "summary",
    "pack.sheet.indicators": "indicators",
    "pack.sheet.targets": "targets",
    "pack.sheet.methods": "methods",
    "pack.col.area": "Area",
    "pack.col.service": "Service",
    "pack.col.unit": "Unit of measure",
    "pack.col.year": "Year",
    "pack.col.value": "Value",
    "pack.col.demo": "Demonstration data",
    "pack.yes": "yes",
    "pack.no": "no",
    "pack.bad_year": "The report on the state of the gmina cannot be made for “{year}”: the data "
    "cover {low}–{high}.",
    "pack.not_gmina": "The report on the state of the gmina (art. 28aa of the act on gmina "
    "self-government) concerns gminy; {name} is a {kind}.",
    "pack.note.bad_targets": "Invalid target numbers were left out: {ids}.",
    "pack.preparing": "The report pack (DOCX, PDF, XLSX and charts) is being prepared. This page "
    "checks by itself when it is ready and downloads the ZIP file.",
    "pack_form.title": "Report on the state of the gmina for the year …",
    "pack_form.intro": "A pack for the report that the wójt, mayor or city president presents to "
    "the council by 31 May (art. 28aa of the act on gmina self-government): an editable DOCX, a "
    "PDF, an XLSX with every table and PNG and SVG charts, in one ZIP file.",
    "pack_form.year": "Report year",
    "pack_form.targets": "Targets in the report",
    "pack_form.targets_anonymous": "Strategy targets are set by logged-in users at /cele; without "
    "logging in the pack has no targets chapter.",
    "pack_form.targets_none": "You have no targets for this gmina yet: set them at /cele.",
    "pack_form.download": "Download the pack (ZIP)",
    "pack_form.html": "Print preview",
    "pack_form.line.year": "Report year: {year}; trends from {start}",
    "pack_form.line.targets.one": "Targets: {count} target",
    "pack_form.line.targets.few": "Targets: {count} targets",
    "pack_form.line.targets.many": "Targets: {count} targets",
    "pack_form.line.no_targets": "Targets: none chosen",
    "pack_form.line.contents": "Pack: editable DOCX, PDF, XLSX with the tables, PNG and SVG "
    "charts, manifest.json.",
    "pack_form.gmina_only": "The report on the state of the gmina (art. 28aa of the act on gmina "
    "self-government) concerns gminy. For this unit use the printable report above.",
    "compare.year_from": "From year",
    "compare.year_to": "To year",
    "compare.years_apply": "Show years",
    "compare.years_label": "Year range of the charts over time",
    "compare.bad_years": "Invalid year range (from “{od}” to “{do}”): all years {low}–{high} "
    "are shown.",
    "compare.series_title": "{name}: {start}–{end}",
    "compare.series_alt": "Line chart: {name} in {start}–{end}, {units} with values; dotted "
    "line: median of the compared units.",
    "compare.series_poland": "Dashed line: Poland.",
    # --- analiza ---
    "analiza.classes.logarytmiczne": "logarithmic (for widely spread values)",
    "analiza.classes.przyciete": "equal within the 1st–99th percentile",
    "analiza.classes.skewed": "Note: with equal intervals {share} of the units fall into one "
    "class, because a few extreme values stretch the scale. Choose logarithmic classes or "
    "equal ones within the 1st–99th percentile.",
    "analiza.classes.clipped": "The classes span the 1st–99th percentile ({low} – {high}); "
    "values beyond it belong to the end classes: below – {below}, above – {above}.",
    "analiza.classes.log_impossible": "Logarithmic classes need positive values: equal "
    "intervals are shown.",
    "analiza.play_help": "Plays the years up to the last one and stops; the browser history "
    "gets one entry.",
    "analiza.search.results": "Indicators matching the search",
    "analiza.search.count.one": "{count} indicator matches; arrows choose, Enter opens.",
    "analiza.search.count.few": "{count} indicators match; arrows choose, Enter opens.",
    "analiza.search.count.many": "{count} indicators match; arrows choose, Enter opens.",
    "analiza.search.none": "No indicator matches “{query}”.",
    "analiza.export.years": "Years in the data files",
    "analiza.export.years.rok": "this year",
    "analiza.export.years.wszystkie": "all years",
    "analiza.image.source": "Source: {source}.",
    "analiza.image.licence": "GUS data, free to use with attribution; boundaries: PRG/GUGiK.",
    "analiza.image.demo": "These are not real data. Boundaries: PRG/GUGiK.",
    "indicator.histogram.clipped": "The chart spans the 1st to 99th percentile "
    "({low} – {high}); beyond it: {below} below and {above} above.",
    "indicator.histogram.show_all": "Show all units in the chart (extreme values too)",
    # --- trainer ---
    "snapshot.col.indicator": "Indicator",
    "snapshot.source": "Source: {sources}.",
    "snapshot.demo_note": "Some values are demonstration data, not real ones.",
    "embed.open": "Embed",
    "embed.open_label": "Embed: {name}",
    "embed.open_analysis": "Embed the map or chart",
    "embed.dialog.title": "Embed on your website",
    "embed.dialog.help": "Paste this code into your page's HTML (e.g. a gmina's public "
    "information bulletin or an article). The embedded view shows live data with its title, "
    "source, licence and a link to this site, and fits the width of its column.",
    "embed.dialog.view": "View",
    "embed.dialog.view.map": "map",
    "embed.dialog.view.series": "time series of the selected units",
    "embed.dialog.width": "Width",
    "embed.dialog.width.full": "full width of the column",
    "embed.dialog.height": "Height",
    "embed.dialog.language": "Language of the embedded view",
    "embed.dialog.code": "Code to paste",
    "embed.dialog.copy": "Copy",
    "embed.dialog.copied": "The code was copied to the clipboard.",
    "embed.dialog.copy_failed": "Copying failed: the code is selected, press Ctrl+C.",
    "embed.dialog.preview": "Preview of the embedded view (new tab)",
    "embed.dialog.data": "Data (CSV)",
    "embed.dialog.metadata": "Metadata (JSON)",
    "embed.dialog.close": "Close",
    "embed.px": "{value} px",
    "embed.iframe_title": "{title} – {site}",
    "embed.figure_label": "Chart: {title}",
    "embed.map_label": "Map: {title}",
    "embed.table.show": "Table with the chart's data",
    "embed.table.show_map": "Table with the map's data",
    "embed.table.map": "Values of the units in {year}",
    "embed.table.chart": "Values over the years ({unit})",
    "embed.col.year": "Year",
    "embed.back": "See it on the site",
    "embed.data": "Data (CSV)",
    "embed.metadata": "Metadata (JSON)",
    "embed.demo": "Demonstration data: these are not real values.",
    "embed.error.title": "There is no such view to embed",
    "embed.error.view": "This address names no map or chart that can be embedded.",
    "embed.error.state": "The address names an indicator, level, year, territory or unit we do "
    "not know.",
    "embed.error.indicator": "There is no indicator “{value}” for this unit.",
    "embed.error.units": "The address names no unit to compare.",
    "embed.error.home": "The site's home page",
    "loading.label": "Loading…",
    "accounts.dash.earlier_label": "Earlier: move “{name}” up",
    "accounts.dash.later_label": "Later: move “{name}” down",
    "accounts.dash.remove_label": "Remove from dashboard: “{name}”",
    "accounts.save.failed": "The view could not be saved. Please try again.",
    "accounts.share.copy": "Copy link",
    "accounts.share.copied": "Link copied to the clipboard.",
    "accounts.share.copy_failed": "Could not copy: the link is selected, press Ctrl+C.",
    "accounts.share.qr": "Show the link as a QR code",
    "accounts.share.qr_alt": "QR code of the link {link}",
    # --- live workshop ---
    "accounts.msg.workshop_started": "Workshop started. Show the participants the code, the "
    "link or the QR code.",
    "accounts.msg.workshop_ended": "Workshop ended. The participants see that it is over.",
    "accounts.msg.workshop_code_busy": "Could not give the workshop a code. Please try again.",
    "workshop.not_found": "There is no workshop with this code. Check the code with the trainer.",
    "workshop.limit_title": "Too many unknown codes",
    "workshop.limit": "Too many codes of workshops that do not exist were tried from this "
    "address. Try again in {minutes} min or check the code with the trainer.",
    "workshop.trainer.start": "Start a workshop",
    "workshop.trainer.resume": "Back to workshop {code}",
    "workshop.trainer.title": "Live workshop",
    "workshop.trainer.code": "Workshop code:",
    "workshop.trainer.join_at": "Join at {address}",
    "workshop.trainer.nobody": "Nobody is following yet.",
    "workshop.trainer.hand_out": "Link and QR code for the participants",
    "workshop.trainer.link": "Workshop link",
    "workshop.trainer.end": "End workshop",
    "workshop.following.one": "{count} person follows",
    "workshop.following.few": "{count} people follow",
    "workshop.following.many": "{count} people follow",
    "workshop.exploring.one": "{count} explores alone",
    "workshop.exploring.few": "{count} explore alone",
    "workshop.exploring.many": "{count} explore alone",
    "workshop.participant.title": "Live workshop",
    "workshop.participant.kicker": "Live workshop · code {code}",
    "workshop.participant.explore": "Explore on my own",
    "workshop.participant.follow": "Follow the trainer",
    "workshop.participant.following": "You follow the trainer: the slide changes with their "
    "presentation.",
    "workshop.participant.exploring": "You are exploring on your own. The trainer is on slide "
    "{index}.",
    "workshop.participant.moved": "The trainer moved to view {index} of {count}: {name}.",
    "workshop.participant.showing": "View {index} of {count}: {name}.",
    "workshop.participant.open_full": "Open this view's full page",
    "workshop.participant.empty": "The trainer has no views on this dashboard yet.",
    "workshop.ended.title": "The workshop has ended",
    "workshop.ended.text": "The trainer ended this workshop or its time ran out. Thank you "
    "for taking part.",
    "workshop.join.title": "Join a workshop",
    "workshop.join.intro": "Type the code the trainer shows. No account is needed.",
    "workshop.join.code": "Workshop code",
    "workshop.join.help": "6 characters, e.g. ABC 234 (upper or lower case); you can also paste "
    "the whole link.",
    "workshop.join.submit": "Join",
    "workshop.join.bad_code": "This is not a workshop code: a code has 6 characters (letters and "
    "digits 2 to 9, no O, I, 0 or 1). Check it with the trainer.",
    "workshop.join.other": "Join another workshop",
    # --- names ---
    "analiza.territory.in_woj": "{name} ({woj})",
    "analiza.territory.placeholder": "Type a voivodeship or powiat",
    "dropdown.select_all": "Select all",
    "dropdown.deselect_all": "Deselect all",
    "dropdown.selected_count": "{num_selected} selected",
    "dropdown.search": "Search",
    "dropdown.clear_search": "Clear search",
    "dropdown.clear_selection": "Clear selection",
    "dropdown.no_options_found": "No results",
    "search.code": "TERYT {code}",
    "search.hit": "{name} — {details}, TERYT {code}",
    "unit_picker.label": "Units",
    "comparison.units": "Own group: pick units and “Apply”",
    "accounts.groups.units": "Units of the group (at most {max})",
    "compare.units_label": "Compared units (at most {max})",
    "compare.pool_note": "Showing {shown} of the group's {total} units. The others are in the "
    "unit picker's list: untick one of the compared units, tick another and choose “Compare”.",
    "comparison.compare_shown": "showing {shown} of the group's {total} units; choose which on "
    "the comparison page",
    "unit_picker.placeholder": "Type a unit's name or TERYT code",
    "unit_picker.help": "Type a name (Polish letters optional) or a TERYT code and pick the unit "
    "from the list; units with the same name are told apart by kind, powiat and voivodeship. "
    "Enter or the down arrow opens the list, Enter ticks or unticks, Esc closes.",
    # --- targets (issue 18)
    "accounts.nav.targets": "Targets",
    "accounts.msg.target_saved": "The target has been saved.",
    "accounts.msg.target_updated": "The target has been changed.",
    "accounts.msg.target_deleted": "The target has been deleted.",
    "accounts.msg.target_unit_unknown": "Choose a unit from the list (no unit has this TERYT "
    "code).",
    "accounts.msg.target_indicator_unknown": "Choose an indicator from the list; this one is "
    "not computed for units of this level.",
    "accounts.msg.target_value_invalid": "The target value must be a number, e.g. 1250 or 12.5.",
    "accounts.msg.target_year_invalid": "Give the baseline and target years as four digits, "
    "e.g. 2024.",
    "accounts.msg.target_baseline_out_of_range": "The baseline year must be one of the years "
    "the indicator has data for.",
    "accounts.msg.target_year_out_of_range": "The target year cannot be before the baseline "
    "year or more than 30 years after it.",
    "accounts.msg.target_direction_invalid": "Choose whether the target is “at least” or "
    "“at most”.",
    "accounts.msg.target_url_invalid": "The document link must be an address starting with "
    "http:// or https://.",
    "accounts.msg.too_many_targets": "You already have 500 targets; delete some to add a new one.",
    "accounts.msg.source_title_too_long": "The document title can have at most 240 characters.",
    "targets.title": "Targets",
    "targets.intro": "Targets from your unit's strategy: an indicator value to reach by a "
    "year. Each shows the latest value, the distance to the target, the progress since the "
    "baseline year, the trend projected to the target year and a status.",
    "targets.empty": "You have no targets yet. Add the first one below or from a unit's "
    "profile (“Add a target”).",
    "targets.new": "New target",
    "targets.create": "Save the target",
    "targets.save": "Save changes",
    "targets.edit_title": "Change a target",
    "targets.back": "Back to the list of targets",
    "targets.not_found": "There is no such target.",
    "targets.caption": "Your targets with their progress",
    "targets.col.unit": "Unit",
    "targets.col.indicator": "Indicator",
    "targets.col.goal": "Target",
    "targets.col.trend": "Trend",
    "targets.col.latest": "Latest value",
    "targets.col.distance": "Distance to target",
    "targets.col.progress": "Progress since baseline",
    "targets.col.projection": "Projection for the target year (95%)",
    "targets.col.status": "Status",
    "targets.col.actions": "Actions",
    "targets.sort_by": "Sort by: {column}",
    "targets.goal.at_least": "at least {value} in {year} (baseline {baseline})",
    "targets.goal.at_most": "at most {value} in {year} (baseline {baseline})",
    "targets.latest": "{value} ({year})",
    "targets.none": "–",
    "targets.projection": "{value} ({low} to {high})",
    "targets.projection_none": "too few years (fewer than 3)",
    "targets.sparkline_alt": "Trend: {first} in {first_year}, {last} in {last_year}",
    "targets.source": "Document",
    "targets.status.on-track": "on track",
    "targets.status.at-risk": "at risk",
    "targets.status.off-track": "off track",
    "targets.status.no-data": "no data",
    "targets.rules_short": "Status: “on track” when the latest value already meets the target "
    "or the projection and its whole 95% interval meet it in the target year; “at risk” when "
    "the projection meets it but the interval reaches the wrong side (or, with fewer than 3 "
    "years of data, progress is no more than 10 percentage points behind the time elapsed); "
    "“off track” when the projection misses it, the target year's own value misses it, or "
    "progress is more than 10 points behind the time elapsed; “no data” when the indicator "
    "has no value up to the target year. Suspect values do not count.",
    "targets.edit": "Change",
    "targets.edit_label": "Change the target: {target}",
    "targets.delete": "Delete",
    "targets.delete_label": "Delete the target: {target}",
    "targets.row_label": "{indicator}, {year}",
    "targets.download_csv": "Download the targets (CSV)",
    "targets.download_xlsx": "Download the targets (XLSX)",
    "targets.share_link": "Read-only link (anyone who knows it can see this unit's targets):",
    "targets.share_title": "Sharing",
    "targets.share_intro": "You can share one unit's targets read-only: whoever has the link "
    "sees them assessed on current data but cannot change them.",
    "targets.share": "Share the targets",
    "targets.share_label": "Share the targets of {unit}",
    "targets.revoke": "Stop sharing",
    "targets.revoke_label": "Stop sharing the targets of {unit}",
    "targets.shared_title": "Shared targets",
    "targets.f.unit": "Unit",
    "targets.f.indicator": "Indicator",
    "targets.f.direction": "Kind of target",
    "targets.direction.at_least": "at least (more is closer to the target)",
    "targets.direction.at_most": "at most (less is closer to the target)",
    "targets.f.value": "Target value",
    "targets.f.value_help": "In the indicator's unit of measure, e.g. 1250 or 12.5.",
    "targets.f.baseline": "Baseline year",
    "targets.f.year": "Target year",
    "targets.f.year_help": "At most 30 years after the baseline year.",
    "targets.f.note": "Note (optional)",
    "targets.f.source_title": "Strategy document (title, optional)",
    "targets.f.source_url": "Link to the document (optional)",
    "targets.f.source_url_help": "An address starting with http:// or https://.",
    "targets.profile_title": "Your targets",
    "targets.profile_empty": "You have no targets for this unit yet.",
    "targets.add": "Add a target",
    "targets.add_for_indicator": "Add a target for this indicator",
    "targets.add_for_indicator_label": "Add a target for the indicator: {indicator}",
    "targets.all": "All targets",
    # --- funnel plots (analysis/funnel.py) ---
    "funnel.heading": "Comparison that allows for unit size (funnel plot)",
    "funnel.title": "{name}: value against unit size, {level}, {year}",
    "funnel.target": "Poland: {value}",
    "funnel.target_group": "group: {value}",
    "funnel.limit95": "95 % limits",
    "funnel.limit998": "99.8 % limits",
    "funnel.suspect": "suspect values (not classified)",
    "funnel.status.above": "significantly above",
    "funnel.status.within": "within limits",
    "funnel.status.below": "significantly below",
    "funnel.favourable": "favourable",
    "funnel.unfavourable": "unfavourable",
    "funnel.no_status": "not assessed: indicator without a funnel, no value or a suspect value",
    "funnel.summary": "{level}, {year}: reference value {target}; significantly above: "
    "{above}, within limits: {within}, significantly below: {below} (99.8 % limits). Small "
    "units lie further from the reference by chance alone, so the funnel is wider on the left.",
    "funnel.table_title": "Units outside the 99.8 % limits",
    "funnel.none_outside": "No unit lies outside the 99.8 % limits.",
    "funnel.more_rows": "…and {count} more units (the full list is in the analysis's "
    "“Funnel” view).",
    "funnel.col.unit": "Unit",
    "funnel.col.value": "Value",
    "funnel.col.status": "Assessment",
    "funnel.map_direction.higher": "above = favourable",
    "funnel.map_direction.lower": "below = favourable",
    "funnel.vs_poland.above": "significantly above Poland",
    "funnel.vs_poland.within": "no significant difference from Poland",
    "funnel.vs_poland.below": "significantly below Poland",
    "funnel.beyond_axis": "▲ beyond the axis: {count} (autoscale shows them all)",
    "funnel.col.significance": "Assessment (funnel)",
    "analiza.classes.istotnosc": "significance (funnel plot)",
    "funnel.method_heading": "Method",
    "funnel.method.intro": "A funnel plot (Spiegelhalter 2005, “Funnel plots for comparing "
    "institutional performance”) shows each unit's value against its size (the indicator's "
    "denominator, log axis). The horizontal line is Poland's value (sum of numerators over "
    "sum of denominators); the 95 % and 99.8 % control limits narrow as the denominator "
    "grows, because large units stray less from the average by chance than small ones.",
    "funnel.method.intro_group": "A funnel plot (Spiegelhalter 2005) shows each group "
    "member's value against its size (the denominator, log axis). The horizontal line is the "
    "group's value (sum of numerators over sum of denominators); the 95 % and 99.8 % control "
    "limits narrow as the denominator grows.",
    "funnel.method.binomial": "The indicator is a share of countable events or persons: "
    "binomial limits (normal approximation: p ± z·√(p(1−p)/n)).",
    "funnel.method.poisson": "The indicator is a count of events or persons per unit of the "
    "denominator: Poisson limits (exact while the expected count is below 100, otherwise the "
    "normal approximation).",
    "funnel.method.normal": "The indicator's numerator is not a count (e.g. an amount in "
    "złoty, a length, an area, a time), so no count model applies: limits from the normal "
    "approximation with the between-unit spread estimated from the data (overdispersion "
    "adjustment).",
    "funnel.method.overdispersed": "Units differ more than chance would allow, so the limits "
    "were widened (multiplicative overdispersion factor φ = {phi}, estimated from z-scores "
    "winsorised at the 10th and 90th percentiles).",
    "funnel.method.status": "“Significantly above” or “significantly below” means a value "
    "outside the 99.8 % limits (about 1 unit in 500 by chance); the 95 % limits are a warning "
    "only. Suspect values are shown but not assessed. The assessment is about the distance "
    "from the reference value, not about the quality of the service.",
    "funnel.none.total": "A funnel plot does not apply to this indicator: it is a sum with no "
    "denominator, so there is no unit size to judge the spread against.",
    "funnel.none.published": "A funnel plot does not apply to this indicator: its values are "
    "published for each unit without a numerator and denominator.",
    "funnel.none.data": "No data for a funnel plot at this level and year.",
    "funnel.analiza_caption": "Each unit of the view against its size, with 95 % and 99.8 % "
    "limits around Poland's value (or the comparison group's). Selected units are circled "
    "in red.",
    "funnel.map_legend": "Assessment against Poland ({value})",
    "funnel.map_legend_group": "Assessment against the group ({value})",
    "funnel.demo_note": "The assessments were computed on demonstration data: they are not "
    "real results.",
    "funnel.map_note": "“Significance” classes: units outside the funnel plot's 99.8 % "
    "limits. {summary}",
    "funnel.map_unavailable": "This indicator has no funnel plot, so the map shows quantiles. "
    "{reason}",
    "funnel.profile_col_help": "Whether the value lies significantly above or below Poland's "
    "for a unit of this size (funnel plot, 99.8 % limits).",
}

# Units of measure used outside the indicator catalogue (whose units have their English twin in
# the catalogue files: ``Indicator.unit_en``).
UNITS_EN: dict[str, str] = {
    "zł": "PLN",
    "osoby": "persons",
    # Profile key facts.
    "os./km²": "persons/km²",
    # Context variables of comparison groups (data_access.peers).
    "os.": "persons",
    "na 100": "per 100",
}

# Population size classes of the administrative comparison groups (``peers.SIZE_CLASSES``,
# whose Polish labels are the data); the lower bound belongs to the class.
SIZE_CLASSES_EN: dict[str, str] = {
    "do 5 tys.": "under 5,000",
    "5–10 tys.": "5,000–10,000",
    "10–20 tys.": "10,000–20,000",
    "20–50 tys.": "20,000–50,000",
    "50–100 tys.": "50,000–100,000",
    "100 tys. i więcej": "100,000 and more",
    "do 60 tys.": "under 60,000",
    "60–100 tys.": "60,000–100,000",
    "100–150 tys.": "100,000–150,000",
    "150 tys. i więcej": "150,000 and more",
    "do 100 tys.": "under 100,000",
    "100–250 tys.": "100,000–250,000",
    "250 tys. i więcej": "250,000 and more",
    "do 1,5 mln": "under 1.5 million",
    "1,5–2,5 mln": "1.5–2.5 million",
    "2,5 mln i więcej": "2.5 million and more",
}
