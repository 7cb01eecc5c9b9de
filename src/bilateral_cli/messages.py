"""Every sentence the interface says, in English and Indonesian.

`tr(key, lang, **values)` fills a message; a test walks the catalog so that no message lacks a
translation or a placeholder. Texts from the dataset (names, goals, highlights) are not here:
the dataset carries them in both languages.
"""

from __future__ import annotations

from bilateral_cli.record import NamedTuple

LANGUAGES = ("en", "id")
DEFAULT_LANGUAGE = "en"

MESSAGES: dict[str, dict[str, str]] = {
    # -- list -----------------------------------------------------------------------------
    "list.title": {"en": "{home}'s partners", "id": "Mitra {home}"},
    "list.title_in": {"en": "{home}'s partners in {region}", "id": "Mitra {home} di {region}"},
    "col.partner": {"en": "Partner", "id": "Mitra"},
    "col.region": {"en": "Region", "id": "Kawasan"},
    "col.since": {"en": "Relations since", "id": "Hubungan sejak"},
    "col.trade": {"en": "Trade", "id": "Perdagangan"},
    "col.year": {"en": "Year", "id": "Tahun"},
    "col.change": {"en": "Change", "id": "Perubahan"},
    "list.count_one": {
        "en": "1 partner, sorted by {sort}.",
        "id": "1 mitra, diurutkan menurut {sort}.",
    },
    "list.count": {
        "en": "{count} partners, sorted by {sort}.",
        "id": "{count} mitra, diurutkan menurut {sort}.",
    },
    "sort.name": {"en": "name", "id": "nama"},
    "sort.region": {"en": "region", "id": "kawasan"},
    "sort.since": {"en": "relations date", "id": "tanggal hubungan"},
    "sort.trade": {"en": "trade", "id": "perdagangan"},
    "list.note": {
        "en": (
            "{year}, USD m: exports + imports in {year}, in USD million{d}; change on the year "
            "before{d}; blank where unknown."
        ),
        "id": (
            "{year}, juta USD: ekspor + impor pada {year}, dalam juta USD{d}; pertumbuhan "
            "dibandingkan tahun sebelumnya{d}; kosong bila tidak diketahui."
        ),
    },
    "list.source": {
        "en": " Source: [{id}] {title} (see `bilateral sources`).",
        "id": " Sumber: [{id}] {title} (lihat `bilateral sources`).",
    },
    "since.none": {"en": "none", "id": "tidak ada"},
    "kind.territory": {"en": "territory", "id": "wilayah"},
    "kind.former": {"en": "former economy", "id": "sudah tidak ada"},
    "kind.other": {"en": "not a state", "id": "bukan negara"},
    # -- show -----------------------------------------------------------------------------
    "show.id": {"en": "Id", "id": "Id"},
    "show.region": {"en": "Region", "id": "Kawasan"},
    "show.group": {"en": "{region} (group: {group})", "id": "{region} (kelompok: {group})"},
    "show.aliases": {"en": "Also found as", "id": "Nama lain"},
    "show.since": {"en": "Relations since", "id": "Hubungan sejak"},
    "show.relations": {"en": "Relations", "id": "Hubungan"},
    "event.suspended": {"en": "Suspended", "id": "Dibekukan"},
    "event.severed": {"en": "Severed", "id": "Diputus"},
    "event.restored": {"en": "Restored", "id": "Dipulihkan"},
    "relations.none": {"en": "no diplomatic relations", "id": "tidak ada hubungan diplomatik"},
    "relations.not_own": {
        "en": "none of its own ({kind})",
        "id": "tidak memiliki hubungan diplomatik sendiri ({kind})",
    },
    "relations.unrecorded": {
        "en": "no established relations recorded",
        "id": "tanggal pembukaan hubungan tidak tercatat",
    },
    "relations.disagree": {"en": " (sources disagree)", "id": " (sumber berbeda)"},
    "show.highlights": {"en": "Highlights", "id": "Sorotan"},
    "show.reported": {
        "en": "As published (figures exactly as the source states them)",
        "id": "Menurut publikasi (angka persis seperti yang dinyatakan sumbernya)",
    },
    "show.trade": {
        "en": "Trade with {home}, USD million (exports = {home}'s exports)",
        "id": "Perdagangan dengan {home}, juta USD (ekspor = ekspor {home} ke mitra ini)",
    },
    "col.exports": {"en": "Exports", "id": "Ekspor"},
    "col.imports": {"en": "Imports", "id": "Impor"},
    "col.total": {"en": "Total", "id": "Total"},
    "col.balance": {"en": "Balance", "id": "Neraca"},
    "col.share": {"en": "Share", "id": "Pangsa"},
    "show.trade_note": {
        "en": (
            "Series: {source}. {d} derived by bilateral from the series, not published figures. "
            "Balance < 0: {home}'s deficit. Share: of {home}'s total trade with the world."
        ),
        "id": (
            "Seri: {source}. {d} dihitung oleh bilateral dari seri, bukan angka publikasi. "
            "Neraca < 0: defisit {home}. Pangsa: terhadap total perdagangan {home} dengan "
            "seluruh dunia."
        ),
    },
    "show.no_trade": {
        "en": "No trade series in the dataset.",
        "id": "Tidak ada seri perdagangan dalam dataset.",
    },
    "show.sources": {"en": "Sources", "id": "Sumber"},
    "measure.trade_total": {"en": "Trade total", "id": "Total perdagangan"},
    "measure.exports": {"en": "Exports", "id": "Ekspor"},
    "measure.imports": {"en": "Imports", "id": "Impor"},
    "measure.trade_balance": {"en": "Trade balance", "id": "Neraca perdagangan"},
    "measure.non_oil_gas_exports": {"en": "Non-oil-and-gas exports", "id": "Ekspor nonmigas"},
    "measure.trading_partner_rank": {
        "en": "Trading partner rank",
        "id": "Peringkat mitra dagang",
    },
    "measure.export_destination_rank": {
        "en": "Export destination rank",
        "id": "Peringkat tujuan ekspor",
    },
    "basis.calendar_year": {"en": "calendar year", "id": "tahun kalender"},
    "basis.same_period": {
        "en": "same period a year earlier",
        "id": "periode yang sama tahun sebelumnya",
    },
    "basis.unstated": {"en": "period not stated", "id": "periode tidak disebutkan"},
    "figure.rank": {"en": "No. {rank}", "id": "ke-{rank}"},
    "figure.deficit": {"en": "deficit {value}", "id": "defisit {value}"},
    "figure.surplus": {"en": "surplus {value}", "id": "surplus {value}"},
    "figure.unknown": {"en": "unknown", "id": "tidak diketahui"},
    "series.official": {
        "en": "↳ Official series, calendar {year}: {value}",
        "id": "↳ Seri resmi, tahun kalender {year}: {value}",
    },
    "series.not_same": {
        "en": (
            ". Not the same period: the publication compares with the {basis}, not a calendar year"
        ),
        "id": (
            ". Periodenya berbeda: publikasi membandingkan dengan {basis}, bukan dengan tahun "
            "kalender"
        ),
    },
    "source.via": {"en": "via {via}", "id": "melalui {via}"},
    "source.licence": {"en": "Licence: {licence}.", "id": "Lisensi: {licence}."},
    "source.label": {"en": "Source: ", "id": "Sumber: "},
    # -- goals, regions, about, sources ---------------------------------------------------
    "goals.title": {
        "en": "{count} goals of bilateral cooperation",
        "id": "{count} tujuan kerja sama bilateral",
    },
    "col.number": {"en": "#", "id": "#"},
    "col.goal": {"en": "Goal", "id": "Tujuan"},
    "col.why": {"en": "Why", "id": "Alasan"},
    "regions.title": {
        "en": "{home}'s foreign-ministry regions",
        "id": "Kawasan Kementerian Luar Negeri {home}",
    },
    "col.id": {"en": "Id", "id": "Id"},
    "col.group": {"en": "Group", "id": "Kelompok"},
    "col.regions": {"en": "Regions", "id": "Kawasan"},
    "col.partners_in_dataset": {"en": "Partners in dataset", "id": "Mitra dalam dataset"},
    "col.partners": {"en": "Partners", "id": "Mitra"},
    "regions.total": {"en": "Total", "id": "Jumlah"},
    "regions.groups": {"en": "Groups accepted by --region", "id": "Kelompok untuk --region"},
    "regions.reported_one": {
        "en": (
            "Reported: {home} cooperates bilaterally with {countries} countries and "
            "{territories} special territory (a publication's count, not the number of partners "
            "in this dataset). "
        ),
        "id": (
            "Menurut publikasi: {home} menjalin kerja sama bilateral dengan {countries} negara "
            "dan {territories} teritori khusus (hitungan publikasi tersebut, bukan jumlah mitra "
            "dalam dataset ini). "
        ),
    },
    "regions.reported": {
        "en": (
            "Reported: {home} cooperates bilaterally with {countries} countries and "
            "{territories} special territories (a publication's count, not the number of "
            "partners in this dataset). "
        ),
        "id": (
            "Menurut publikasi: {home} menjalin kerja sama bilateral dengan {countries} negara "
            "dan {territories} teritori khusus (hitungan publikasi tersebut, bukan jumlah mitra "
            "dalam dataset ini). "
        ),
    },
    "regions.rule": {
        "en": "How partners are assigned to regions",
        "id": "Cara mitra dibagi ke kawasan",
    },
    "about.what": {"en": "What bilateral cooperation is", "id": "Apa itu kerja sama bilateral"},
    "about.principle": {"en": "Principle", "id": "Prinsip"},
    "about.fields": {"en": "Fields it spans", "id": "Bidang yang dicakup"},
    "about.practice": {"en": "In {home}'s practice", "id": "Dalam praktik {home}"},
    "sources.title": {
        "en": "Sources cited by the dataset",
        "id": "Sumber yang dikutip dalam dataset",
    },
    "sources.publisher": {"en": "Publisher", "id": "Penerbit"},
    "sources.author": {"en": "Author", "id": "Penulis"},
    "sources.title_field": {"en": "Title", "id": "Judul"},
    "sources.date": {"en": "Date", "id": "Tanggal"},
    "sources.via": {"en": "Via", "id": "Melalui"},
    "sources.url": {"en": "URL", "id": "URL"},
    "sources.no_url": {"en": "not recorded", "id": "tidak tercatat"},
    "sources.dataset": {"en": "Dataset", "id": "Dataset"},
    "sources.licence": {"en": "Licence", "id": "Lisensi"},
    "sources.note": {"en": "Note", "id": "Catatan"},
    # -- compare --------------------------------------------------------------------------
    "compare.title.total": {
        "en": "{home}'s trade with {what}, {start} → {end} (USD million)",
        "id": "Perdagangan {home} dengan {what}, {start} → {end} (juta USD)",
    },
    "compare.title.exports": {
        "en": "{home}'s exports to {what}, {start} → {end} (USD million)",
        "id": "Ekspor {home} ke {what}, {start} → {end} (juta USD)",
    },
    "compare.title.imports": {
        "en": "{home}'s imports from {what}, {start} → {end} (USD million)",
        "id": "Impor {home} dari {what}, {start} → {end} (juta USD)",
    },
    "compare.title.balance": {
        "en": "{home}'s trade balance with {what}, {start} → {end} (USD million)",
        "id": "Neraca perdagangan {home} dengan {what}, {start} → {end} (juta USD)",
    },
    "compare.what_partner": {"en": "partners", "id": "mitra"},
    "compare.what_region": {"en": "each region", "id": "setiap kawasan"},
    "compare.what_group": {
        "en": "each group (today's members)",
        "id": "setiap kelompok (anggota saat ini)",
    },
    "compare.total": {"en": "Total of {count}", "id": "Jumlah ({count})"},
    "metric.total": {"en": "trade", "id": "Perdagangan"},
    "metric.exports": {"en": "exports", "id": "Ekspor"},
    "metric.imports": {"en": "imports", "id": "Impor"},
    "metric.balance": {"en": "trade balance", "id": "Neraca perdagangan"},
    "metric.fdi": {"en": "net direct investment", "id": "Investasi langsung neto"},
    "metric.un-distance": {"en": "UN voting distance", "id": "Jarak pemungutan suara di PBB"},
    "col.rank": {"en": "Rank", "id": "Peringkat"},
    "col.usd_m": {"en": "{year}, USD m", "id": "{year}, juta USD"},
    "col.yoy": {"en": "YoY", "id": "y-on-y"},
    "col.cagr": {"en": "CAGR", "id": "CAGR"},
    "col.bar": {"en": "Chart", "id": "Grafik"},
    "col.reported": {"en": "Reported", "id": "Publikasi"},
    "col.difference": {"en": "Difference", "id": "Selisih"},
    "compare.groups": {"en": "Groups", "id": "Kelompok"},
    "compare.note": {
        "en": (
            "{d} derived from the series [{source}]: change = {end} - {start}; {growth};{share} "
            "rank among {ranked} {units} with figures for {end}, by value. Blank: unknown or not "
            "computable (a missing year, a base that is not positive, or a change of sign)."
        ),
        "id": (
            "{d} dihitung dari seri [{source}]: perubahan = {end} - {start}; {growth};{share} "
            "peringkat menurut nilai di antara {ranked} {units} yang memiliki angka {end}. "
            "Kosong: tidak diketahui atau tidak dapat dihitung (tahunnya tidak ada, nilai "
            "dasarnya tidak positif, atau tandanya berubah)."
        ),
    },
    "compare.share": {
        "en": " share of {home}'s {metric} with the world in {end};",
        "id": " pangsa dari {metric} {home} dengan dunia pada {end};",
    },
    "compare.yoy": {
        "en": "YoY = growth on the year before",
        "id": "pertumbuhan = pertumbuhan dibandingkan tahun sebelumnya (y-on-y)",
    },
    "compare.cagr": {
        "en": "CAGR = compound annual growth over {years} years",
        "id": "CAGR = laju pertumbuhan tahunan majemuk selama {years} tahun",
    },
    "compare.units_partner": {"en": "partners", "id": "mitra"},
    "compare.units_region": {"en": "regions", "id": "kawasan"},
    "compare.units_group": {"en": "groups", "id": "kelompok"},
    "compare.reported_note": {
        "en": (
            "As published: growth as a publication states it, for the same year, beside the "
            "computed growth; difference = computed - reported, in percentage points."
        ),
        "id": (
            "Publikasi: pertumbuhan sebagaimana dinyatakan publikasi untuk tahun yang sama; "
            "selisih = hasil hitung - angka publikasi, dalam persen poin."
        ),
    },
    "compare.missing": {
        "en": "Left out of the sums, for lack of figures for {start} or {end}: {counts}.",
        "id": "Tidak ikut dijumlahkan karena tidak ada angka {start} atau {end}: {counts}.",
    },
    "compare.missing_count": {"en": "{region} {count}", "id": "{region} {count}"},
    "compare.points": {"en": "{value} pt", "id": "{value} persen poin"},
    "error.by_region": {
        "en": "--by region compares every region: leave out partners and --region.",
        "id": "--by region membandingkan semua kawasan: jangan sebutkan mitra atau --region.",
    },
    "error.year_range": {
        "en": "--from {start} must be before --to {end}.",
        "id": "--from {start} harus sebelum --to {end}.",
    },
    "help.compare": {
        "en": (
            "Compare partners or regions between two years: values, change, growth, share, rank "
            "and a bar, beside growth a publication reported.\n\nExample: bilateral compare "
            "united-states canada mexico --from 2020 --to 2021"
        ),
        "id": (
            "Bandingkan mitra atau kawasan antara dua tahun: nilai, perubahan, pertumbuhan, "
            "pangsa, peringkat, dan grafik batang, di samping pertumbuhan menurut "
            "publikasi.\n\nContoh: bilateral compare united-states canada mexico --from 2020 "
            "--to 2021"
        ),
    },
    "help.partners": {
        "en": "Partners to compare (default: all, or the --region's).",
        "id": "Mitra yang dibandingkan (bawaan: semua, atau semua di --region).",
    },
    "help.from": {
        "en": "Start year (default: the year before --to).",
        "id": "Tahun awal (bawaan: setahun sebelum --to).",
    },
    "help.to": {
        "en": "End year (default: the latest year with figures).",
        "id": "Tahun akhir (bawaan: tahun terakhir yang ada angkanya).",
    },
    "help.metric": {"en": "What to compare.", "id": "Apa yang dibandingkan."},
    "help.compare_sort": {
        "en": "Order: largest end value, fastest growth, or name.",
        "id": "Urutan: nilai akhir terbesar, pertumbuhan tercepat, atau nama.",
    },
    "help.top": {
        "en": "Show only the first N rows, or all (or 0) for every row (default: 10 unless "
        "partners are named).",
        "id": "Tampilkan hanya N baris pertama, atau all (atau 0) untuk semua baris (bawaan: "
        "10, kecuali mitra disebutkan).",
    },
    "help.by": {
        "en": "`region`: sum partners per region and group.",
        "id": "`region`: jumlahkan mitra per kawasan dan per kelompok.",
    },
    "help.export": {
        "en": "Also write what the terminal shows to FILE.svg or FILE.html.",
        "id": "Tulis juga tampilan terminal ke BERKAS.svg atau BERKAS.html.",
    },
    "error.export": {
        "en": "Cannot export to {file}: use a .svg or .html file name.",
        "id": "Tidak dapat mengekspor ke {file}: gunakan nama berkas berakhiran .svg atau .html.",
    },
    "error.export_format": {
        "en": "--export records the terminal table: use it with --format table.",
        "id": "--export merekam tabel terminal: gunakan bersama --format table.",
    },
    "error.export_write": {
        "en": "Cannot write {file}: {reason}.",
        "id": "Tidak dapat menulis {file}: {reason}.",
    },
    # -- validate -------------------------------------------------------------------------
    "validate.title": {"en": "Dataset {file}", "id": "Dataset {file}"},
    "validate.valid": {
        "en": "Valid: {partners} partners, {sources} sources.",
        "id": "Sah: {partners} mitra, {sources} sumber.",
    },
    "validate.invalid_one": {"en": "Invalid: 1 problem.", "id": "Tidak sah: 1 masalah."},
    "validate.invalid": {
        "en": "Invalid: {count} problems.",
        "id": "Tidak sah: {count} masalah.",
    },
    "validate.errors": {"en": "Errors", "id": "Kesalahan"},
    "validate.warnings": {"en": "Warnings", "id": "Peringatan"},
    "validate.line": {"en": "line {line}", "id": "baris {line}"},
    "validate.column": {"en": ", column {column}", "id": ", kolom {column}"},
    # -- dataset problems (file, YAML, schema) ---------------------------------------------
    "problem.no_file": {"en": "no such file", "id": "berkas tidak ada"},
    "problem.damaged_section": {
        "en": (
            "its compiled copy is damaged (part `{section}`): reinstall bilateral, or for a "
            "dataset given with --data run `bilateral cache clear`"
        ),
        "id": (
            "salinan terkompilasinya rusak (bagian `{section}`): pasang ulang bilateral, atau "
            "untuk dataset yang diberikan dengan --data jalankan `bilateral cache clear`"
        ),
    },
    "problem.directory": {
        "en": "is a directory, not a dataset file",
        "id": "adalah direktori, bukan berkas dataset",
    },
    "problem.permission": {"en": "permission denied", "id": "akses ditolak"},
    "problem.cannot_open": {"en": "cannot open: {reason}", "id": "tidak dapat dibuka: {reason}"},
    "problem.not_regular": {"en": "is not a regular file", "id": "bukan berkas biasa"},
    "problem.too_large": {
        "en": "is larger than the {limit} limit",
        "id": "lebih besar dari batas {limit}",
    },
    "problem.not_utf8": {"en": "is not valid UTF-8 text", "id": "bukan teks UTF-8 yang sah"},
    "problem.yaml": {"en": "invalid YAML: {detail}", "id": "YAML tidak sah: {detail}"},
    "problem.alias": {
        "en": "YAML aliases (*name) are not allowed in a dataset",
        "id": "alias YAML (*nama) tidak boleh ada dalam dataset",
    },
    "problem.too_deep": {
        "en": "nested deeper than {limit} levels",
        "id": "bersarang lebih dari {limit} tingkat",
    },
    "problem.tag": {"en": "tag {tag} is not allowed", "id": "tag {tag} tidak diizinkan"},
    "problem.key_not_plain": {
        "en": "a key must be a plain value, not a list or mapping",
        "id": "kunci harus berupa nilai biasa, bukan daftar atau pemetaan",
    },
    "problem.key_type": {
        "en": "key {key} must be a name or a year",
        "id": "kunci {key} harus berupa nama atau tahun",
    },
    "problem.duplicate_key": {
        "en": (
            "duplicate key {key} (first at line {line}); YAML would silently keep only the last one"
        ),
        "id": (
            "kunci ganda {key} (pertama di baris {line}); YAML diam-diam hanya menyimpan yang "
            "terakhir"
        ),
    },
    "problem.unreadable_value": {
        "en": "cannot read {value}: {detail}",
        "id": "tidak dapat membaca {value}: {detail}",
    },
    "problem.expected_mapping": {
        "en": "expected a mapping, got {got}",
        "id": "seharusnya pemetaan, tetapi berisi {got}",
    },
    "problem.missing_field": {
        "en": "missing required field {field}",
        "id": "kolom wajib {field} tidak ada",
    },
    "problem.unknown_field": {
        "en": "unknown field {field} (expected one of: {expected})",
        "id": "kolom tidak dikenal {field} (yang diharapkan: {expected})",
    },
    "problem.expected_text": {
        "en": "expected text, got {got}",
        "id": "seharusnya teks, tetapi berisi {got}",
    },
    "problem.empty": {"en": "must not be empty", "id": "tidak boleh kosong"},
    "problem.slug": {
        "en": "{text} must be lower-case letters, digits and single hyphens",
        "id": "{text} harus terdiri atas huruf kecil, angka, dan tanda hubung tunggal",
    },
    "problem.code": {
        "en": "{text} must be {length} upper-case letters (ISO 3166-1)",
        "id": "{text} harus berupa {length} huruf kapital (ISO 3166-1)",
    },
    "problem.expected_integer": {
        "en": "expected a whole number, got {got}",
        "id": "seharusnya bilangan bulat, tetapi berisi {got}",
    },
    "problem.expected_number": {
        "en": "expected a number, got {got}",
        "id": "seharusnya angka, tetapi berisi {got}",
    },
    "problem.not_finite": {"en": "must be a finite number", "id": "harus berupa angka terhingga"},
    "problem.year_range": {
        "en": "year {year} is outside {low}-{high}",
        "id": "tahun {year} di luar {low}-{high}",
    },
    "problem.date_with_time": {
        "en": "expected a date without a time",
        "id": "seharusnya tanggal tanpa jam",
    },
    "problem.not_a_date": {
        "en": "{text} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        "id": "{text} bukan tanggal (YYYY, YYYY-MM, atau YYYY-MM-DD)",
    },
    "problem.impossible_date": {
        "en": "{text} is not a real date",
        "id": "{text} bukan tanggal yang ada",
    },
    "problem.expected_list": {
        "en": "expected a list, got {got}",
        "id": "seharusnya daftar, tetapi berisi {got}",
    },
    "problem.not_one_of": {
        "en": "{value} is not one of: {choices}",
        "id": "{value} bukan salah satu dari: {choices}",
    },
    "problem.schema": {
        "en": "schema {schema} is not supported (expected {expected})",
        "id": "skema {schema} tidak didukung (seharusnya {expected})",
    },
    "problem.duplicate_id": {
        "en": "duplicate {what} id {id}",
        "id": "id {what} ganda {id}",
    },
    "what.source": {"en": "source", "id": "sumber"},
    "what.group": {"en": "group", "id": "kelompok"},
    "what.region": {"en": "region", "id": "kawasan"},
    "what.goal": {"en": "goal", "id": "tujuan"},
    "what.partner": {"en": "partner", "id": "mitra"},
    "problem.unknown_source": {
        "en": "unknown source {id} (not in `sources`)",
        "id": "sumber tidak dikenal {id} (tidak ada di `sources`)",
    },
    "problem.unknown_group": {"en": "unknown group {id}", "id": "kelompok tidak dikenal {id}"},
    "problem.unknown_region": {"en": "unknown region {id}", "id": "kawasan tidak dikenal {id}"},
    "problem.home_partner": {
        "en": "the home country cannot be its own partner",
        "id": "negara asal tidak dapat menjadi mitranya sendiri",
    },
    "problem.iso_taken": {
        "en": "ISO code {code} is also {owner}'s",
        "id": "kode ISO {code} juga milik {owner}",
    },
    "problem.no_letters": {
        "en": "{name} has no letters or digits to match on",
        "id": "{name} tidak memiliki huruf atau angka untuk dicocokkan",
    },
    "problem.name_taken": {
        "en": "{name} also names partner {owner}; names and aliases must be unique",
        "id": "{name} juga nama mitra {owner}; nama dan alias harus unik",
    },
    "problem.source_date": {
        "en": "{text} is not an ISO date or year range (YYYY/YYYY)",
        "id": "{text} bukan tanggal ISO atau rentang tahun (YYYY/YYYY)",
    },
    "problem.url": {"en": "{text} is not an http(s) URL", "id": "{text} bukan URL http(s)"},
    "problem.relations_and_none": {
        "en": "a partner cannot have both relations and none",
        "id": "mitra tidak dapat sekaligus memiliki dan tidak memiliki hubungan diplomatik",
    },
    "problem.kind_relations": {
        "en": "a {kind} has no diplomatic relations of its own",
        "id": "{kind} tidak memiliki hubungan diplomatik sendiri",
    },
    "problem.no_claims": {
        "en": "needs at least one dated claim",
        "id": "perlu setidaknya satu tanggal bersumber",
    },
    "problem.expected_years": {
        "en": "expected a mapping of year to figures, got {got}",
        "id": "seharusnya pemetaan tahun ke angka, tetapi berisi {got}",
    },
    "problem.empty_year": {
        "en": "a year needs exports, imports or both",
        "id": "satu tahun memerlukan ekspor, impor, atau keduanya",
    },
    "problem.year_order": {
        "en": "years must be in ascending order",
        "id": "tahun harus diurutkan naik",
    },
    "problem.empty_figure": {
        "en": "a reported figure needs `value_usd`, `rank` or `growth_pct`",
        "id": "angka publikasi memerlukan `value_usd`, `rank`, atau `growth_pct`",
    },
    "value.nothing": {"en": "nothing", "id": "kosong"},
    "value.boolean": {"en": "true/false ({value})", "id": "benar/salah ({value})"},
    "value.mapping": {"en": "a mapping", "id": "pemetaan"},
    "value.list": {"en": "a list", "id": "daftar"},
    "value.text": {"en": "text {value}", "id": "teks {value}"},
    "value.other": {"en": "{type} {value}", "id": "{type} {value}"},
    # -- validation warnings ----------------------------------------------------------------
    "warning.no_figures": {
        "en": "{id} has no trade series and no reported figures",
        "id": "{id} tidak memiliki seri perdagangan maupun angka publikasi",
    },
    "warning.gaps": {
        "en": "{id}: no figures for {years}",
        "id": "{id}: tidak ada angka untuk {years}",
    },
    "warning.growth": {
        "en": (
            "{id}: reported growth {reported} for {year} differs from the series' {computed} by "
            "more than {tolerance} point"
        ),
        "id": (
            "{id}: pertumbuhan menurut publikasi ({reported}) untuk {year} berbeda dari seri "
            "({computed}) lebih dari {tolerance} persen poin"
        ),
    },
    # -- errors ---------------------------------------------------------------------------
    "error.unknown_partner": {
        "en": "Unknown partner {query}. Try `bilateral list` to see every partner.",
        "id": "Mitra tidak dikenal: {query}. Coba `bilateral list` untuk melihat semua mitra.",
    },
    "error.unknown_partner_suggest": {
        "en": "Unknown partner {query}. Did you mean: {names}?",
        "id": "Mitra tidak dikenal: {query}. Maksud Anda: {names}?",
    },
    "error.did_you_mean": {"en": " Did you mean: {names}?", "id": " Maksud Anda: {names}?"},
    "error.unknown_region": {
        "en": "Unknown region {query}. Valid regions: {valid}.",
        "id": "Kawasan tidak dikenal: {query}. Kawasan yang sah: {valid}.",
    },
    "error.dataset_one": {
        "en": "Invalid dataset {file}: 1 problem",
        "id": "Dataset tidak sah {file}: 1 masalah",
    },
    "error.dataset": {
        "en": "Invalid dataset {file}: {count} problems",
        "id": "Dataset tidak sah {file}: {count} masalah",
    },
    "error.more": {
        "en": "  ... and {count} more (see `bilateral validate`)",
        "id": "  ... dan {count} lagi (lihat `bilateral validate`)",
    },
    "error.internal": {
        "en": (
            "bilateral: internal error ({error}). This is a bug; please report it with the "
            "command you ran (BILATERAL_DEBUG=1 shows the traceback)."
        ),
        "id": (
            "bilateral: kesalahan internal ({error}). Ini adalah bug; mohon laporkan beserta "
            "perintah yang Anda jalankan (BILATERAL_DEBUG=1 menampilkan traceback)."
        ),
    },
    "error.language": {
        "en": "Unsupported language {name}: use one of {valid}.",
        "id": "Bahasa tidak didukung: {name}; gunakan salah satu dari {valid}.",
    },
    # -- Typer's and Click's own words (see framework.py) ----------------------------------
    "framework.options": {"en": "Options", "id": "Opsi"},
    "framework.arguments": {"en": "Arguments", "id": "Argumen"},
    "framework.commands": {"en": "Commands", "id": "Perintah"},
    "framework.default": {"en": "default: {default}", "id": "bawaan: {default}"},
    "framework.required": {"en": "required", "id": "wajib"},
    "framework.env_var": {"en": "env var: {var}", "id": "variabel lingkungan: {var}"},
    "framework.dynamic": {"en": "(dynamic)", "id": "(dinamis)"},
    "framework.missing_command": {"en": "Missing command.", "id": "Perintah belum diberikan."},
    "framework.no_such_command": {
        "en": "No such command {name!r}.",
        "id": "Tidak ada perintah {name!r}.",
    },
    "framework.aborted": {"en": "Aborted!", "id": "Dihentikan!"},
    "help.usage": {"en": "Usage: ", "id": "Penggunaan: "},
    "help.install_completion": {
        "en": "Install completion for the current shell.",
        "id": "Pasang pelengkapan Tab untuk shell ini.",
    },
    "help.show_completion": {
        "en": "Show completion for the current shell, to copy it or customize the installation.",
        "id": "Tampilkan skrip pelengkapan Tab untuk shell ini, untuk disalin atau diubah.",
    },
    "help.help": {"en": "Show this message and exit.", "id": "Tampilkan bantuan ini lalu keluar."},
    "usage.try": {
        "en": "Try '{command} {option}' for help.",
        "id": "Coba '{command} {option}' untuk bantuan.",
    },
    "usage.error": {"en": "Error: {detail}", "id": "Kesalahan: {detail}"},
    "usage.missing": {"en": "Missing {name}.", "id": "{name} belum diisi."},
    "usage.choose_from": {"en": "Choose from: {choices}.", "id": "Pilih salah satu: {choices}."},
    "usage.no_such_option": {"en": "No such option: {name}.", "id": "Opsi tidak dikenal: {name}."},
    "usage.invalid": {
        "en": "Invalid value for {hint}: {detail}",
        "id": "Nilai tidak sah untuk {hint}: {detail}",
    },
    "usage.not_one_of": {
        "en": "{value} is not one of {choices}.",
        "id": "{value} bukan salah satu dari {choices}.",
    },
    # -- cooperation (issue 12): groups and agreements --------------------------------------
    "what.bloc": {"en": "group", "id": "kelompok"},
    "what.agreement": {"en": "agreement", "id": "perjanjian"},
    "problem.expected_boolean": {
        "en": "expected true or false, got {got}",
        "id": "seharusnya true atau false, tetapi berisi {got}",
    },
    "problem.group_is_partner": {
        "en": "group id {id} is also a partner's id",
        "id": "id kelompok {id} juga merupakan id mitra",
    },
    "problem.unknown_partner": {
        "en": "unknown partner {id}",
        "id": "mitra tidak dikenal {id}",
    },
    "problem.not_home": {
        "en": "the home membership names {code}, not the home country",
        "id": "keanggotaan negara asal menyebut {code}, bukan negara asal",
    },
    "problem.unknown_party": {
        "en": "unknown partner or group {id}",
        "id": "mitra atau kelompok tidak dikenal {id}",
    },
    "problem.left_before_joined": {
        "en": "left before it joined",
        "id": "tanggal keluar lebih awal daripada tanggal bergabung",
    },
    "problem.duplicate_member": {
        "en": "{id} is listed twice as a current member",
        "id": "{id} tercantum dua kali sebagai anggota saat ini",
    },
    "error.unknown_group": {
        "en": "Unknown group {query}. Valid groups: {valid}.",
        "id": "Kelompok tidak dikenal: {query}. Kelompok yang sah: {valid}.",
    },
    "error.no_agreements": {
        "en": "No agreement matches {filters}.",
        "id": "Tidak ada perjanjian yang sesuai dengan {filters}.",
    },
    "show.groups": {
        "en": "Groups (membership as of {date})",
        "id": "Kelompok (keanggotaan per {date})",
    },
    "show.groups_shared": {
        "en": "Members with {home}:",
        "id": "Anggota bersama {home}:",
    },
    "show.groups_other": {
        "en": "Also a member of (without {home}):",
        "id": "Juga anggota (tanpa {home}):",
    },
    "show.agreements": {
        "en": "Agreements (as of {date})",
        "id": "Perjanjian (per {date})",
    },
    "agreements.none": {
        "en": "No trade or economic agreement in the dataset covers this partner.",
        "id": "Tidak ada perjanjian perdagangan atau ekonomi dalam dataset ini yang mencakup "
        "mitra ini.",
    },
    "agreements.title": {"en": "{home}'s trade agreements", "id": "Perjanjian perdagangan {home}"},
    "agreements.title_with": {
        "en": "{home}'s trade agreements covering {subject}",
        "id": "Perjanjian perdagangan {home} yang mencakup {subject}",
    },
    "agreements.count": {
        "en": "{count} agreements; the list is current as of {date}.",
        "id": "{count} perjanjian; daftar ini mutakhir per {date}.",
    },
    "agreements.disagree": {
        "en": "Sources give different dates for these (every source's date):",
        "id": (
            "Sumber memberikan tanggal yang berbeda untuk perjanjian berikut (tanggal menurut "
            "setiap sumber):"
        ),
    },
    "agreement.for_home": {"en": "(for Indonesia)", "id": "(bagi Indonesia)"},
    "agreement.through": {"en": "(through {group})", "id": "(melalui {group})"},
    "agreement.via": {"en": "(as a member of {group})", "id": "(sebagai anggota {group})"},
    "agreement.no_parties": {"en": "(participants not listed)", "id": "(peserta tidak dirinci)"},
    "milestone.signed": {"en": "signed", "id": "ditandatangani"},
    "milestone.in_force": {"en": "in force", "id": "berlaku"},
    "status.negotiating": {"en": "negotiating", "id": "dalam perundingan"},
    "status.concluded": {"en": "concluded", "id": "perundingan selesai"},
    "status.signed": {"en": "signed", "id": "ditandatangani"},
    "status.in_force": {"en": "in force", "id": "berlaku"},
    "status.terminated": {"en": "terminated", "id": "diakhiri"},
    "col.agreement": {"en": "Agreement", "id": "Perjanjian"},
    "col.status": {"en": "Status", "id": "Status"},
    "col.signed": {"en": "Signed", "id": "Ditandatangani"},
    "col.in_force": {"en": "In force", "id": "Berlaku"},
    "col.parties": {"en": "With", "id": "Dengan"},
    "col.agreements_in_force": {"en": "Agreements in force", "id": "Perjanjian yang berlaku"},
    "col.name": {"en": "Name", "id": "Nama"},
    "col.home_member": {"en": "{home}", "id": "{home}"},
    "col.members": {"en": "Members", "id": "Anggota"},
    "col.joined": {"en": "Joined", "id": "Bergabung"},
    "col.missing": {"en": "Missing", "id": "Tanpa data"},
    "coverage.title": {
        "en": "{home}'s {count} largest partners in {year} and the agreements covering them",
        "id": "Perjanjian yang mencakup {count} mitra terbesar {home} pada {year}",
    },
    "coverage.none": {"en": "none", "id": "tidak ada"},
    "coverage.note": {
        "en": (
            "{without} of {count} have no agreement in force. Partners ranked by total trade "
            "[{source}]{d}; agreements as of {date}, direct or through a group."
        ),
        "id": (
            "{without} dari {count} mitra belum memiliki perjanjian yang berlaku. Peringkat "
            "menurut total perdagangan [{source}]{d}; perjanjian per {date}, langsung atau "
            "melalui kelompok."
        ),
    },
    "groups.title": {
        "en": "Groups and organisations in the dataset",
        "id": "Kelompok dan organisasi dalam dataset",
    },
    "groups.member": {"en": "member", "id": "anggota"},
    "groups.member_since": {"en": "member since {date}", "id": "anggota sejak {date}"},
    "groups.not_member": {"en": "not a member", "id": "bukan anggota"},
    "groups.note": {
        "en": (
            "Full members only (observers and partners are not members), as of {date}. Show one "
            "with: bilateral show ID."
        ),
        "id": (
            "Hanya anggota penuh (peninjau dan mitra wicara tidak termasuk), per {date}. "
            "Tampilkan satu kelompok dengan: bilateral show ID."
        ),
    },
    "group.members_count": {
        "en": "{count} besides {home}, as of {date}",
        "id": "{count} selain {home}, per {date}",
    },
    "group.members": {"en": "Members", "id": "Anggota"},
    "group.former": {"en": "Former members", "id": "Bekas anggota"},
    "group.left": {"en": "{name}: left on {date}", "id": "{name}: keluar pada {date}"},
    "group.trade": {
        "en": "{home}'s trade with {group}, USD million (exports = {home}'s exports)",
        "id": (
            "Perdagangan {home} dengan {group}, juta USD (ekspor = ekspor {home} ke kelompok ini)"
        ),
    },
    "group.trade_note": {
        "en": (
            "Series: {source}, summed over today's members (as of {date}) for every year. {d} "
            "derived by bilateral. Missing: members without figures for the year, left out of "
            "the sum (never counted as zero); change only where none is missing in either year."
        ),
        "id": (
            "Seri: {source}, dijumlahkan atas anggota saat ini (per {date}) untuk setiap tahun. "
            "{d} dihitung oleh bilateral. Tanpa data: anggota yang tidak memiliki angka pada "
            "tahun itu dan tidak ikut dijumlahkan (tidak dihitung nol); pertumbuhan hanya "
            "ditampilkan bila tidak ada anggota tanpa data pada kedua tahun."
        ),
    },
    "group.missing": {
        "en": "Without figures in {year}: {names}.",
        "id": "Tanpa angka pada {year}: {names}.",
    },
    "error.nothing_chosen": {
        "en": "No partner matches every filter given (--region, --group and partners).",
        "id": "Tidak ada mitra yang memenuhi semua penyaring (--region, --group, dan mitra).",
    },
    "error.coverage_alone": {
        "en": "--coverage takes no partner, --status or --kind (only --top).",
        "id": "--coverage tidak dapat digabung dengan mitra, --status, atau --kind (hanya --top).",
    },
    "help.group": {
        "en": "Only the current members of a group: asean, eu, g20, brics, oic... "
        "(see bilateral groups).",
        "id": "Hanya anggota saat ini dari suatu kelompok: asean, eu, g20, brics, oic... "
        "(lihat bilateral groups).",
    },
    "help.agreements": {
        "en": (
            "Trade and economic agreements: all, or those covering a partner (directly or "
            "through a group such as ASEAN) or made with a group, with status, dates and "
            "sources.\n\nExample: bilateral agreements japan --status in_force"
        ),
        "id": (
            "Perjanjian perdagangan dan ekonomi: semuanya, atau yang mencakup suatu mitra "
            "(langsung atau melalui kelompok seperti ASEAN) atau dibuat dengan suatu kelompok, "
            "beserta status, tanggal, dan sumbernya.\n\nContoh: bilateral agreements jepang "
            "--status in_force"
        ),
    },
    "help.agreements_partner": {
        "en": "A partner or a group (name in either language, ISO code or id).",
        "id": "Mitra atau kelompok (nama dalam bahasa Indonesia atau Inggris, kode ISO, atau id).",
    },
    "help.status": {
        "en": "Only agreements with this status.",
        "id": "Hanya perjanjian dengan status ini.",
    },
    "help.kind": {
        "en": "Only agreements of this kind.",
        "id": "Hanya perjanjian dengan jenis ini.",
    },
    "help.coverage": {
        "en": "The largest partners by latest trade, each with the agreements in force "
        "covering it.",
        "id": "Mitra terbesar menurut perdagangan terakhir, masing-masing dengan perjanjian "
        "yang berlaku yang mencakupnya.",
    },
    "help.coverage_top": {
        "en": "How many partners --coverage shows (default 20).",
        "id": "Jumlah mitra yang ditampilkan --coverage (bawaan: 20).",
    },
    "help.groups": {
        "en": (
            "Groups and organisations (ASEAN, EU, G20, BRICS, OIC...): full members, when "
            "Indonesia joined, and sources. Show one with: bilateral show asean.\n\nExample: "
            "bilateral groups"
        ),
        "id": (
            "Kelompok dan organisasi (ASEAN, Uni Eropa, G20, BRICS, OKI...): anggota penuh, "
            "sejak kapan Indonesia menjadi anggota, dan sumbernya. Tampilkan satu kelompok "
            "dengan: bilateral show asean.\n\nContoh: bilateral groups"
        ),
    },
    # -- history (issue 13) -----------------------------------------------------------------
    "show.history": {"en": "History of relations", "id": "Riwayat hubungan"},
    "event.established": {"en": "relations established", "id": "hubungan dibuka"},
    "history.title": {
        "en": "{home}'s relations with {name}",
        "id": "Hubungan {home} dengan {name}",
    },
    "history.disagree": {
        "en": "The sources give different establishment dates: each is shown with its source.",
        "id": "Sumber memberikan tanggal pembukaan hubungan yang berbeda: masing-masing "
        "ditampilkan beserta sumbernya.",
    },
    "help.history": {
        "en": "How relations with a partner went: when they were established (each source's "
        "date), when they were suspended, severed or restored, and why, each with its source."
        "\n\nExample: bilateral history china",
        "id": "Perjalanan hubungan dengan suatu mitra: kapan dibuka (tanggal menurut setiap "
        "sumber), kapan dibekukan, diputus, atau dipulihkan, dan alasannya, masing-masing "
        "beserta sumbernya.\n\nContoh: bilateral history tiongkok",
    },
    "help.since": {
        "en": "Only partners whose relations began in this year or later.",
        "id": "Hanya mitra yang hubungannya dimulai pada tahun ini atau sesudahnya.",
    },
    "help.until": {
        "en": "Only partners whose relations began in this year or earlier.",
        "id": "Hanya mitra yang hubungannya dimulai pada tahun ini atau sebelumnya.",
    },
    # -- help -----------------------------------------------------------------------------
    "help.app": {
        "en": (
            "Offline reference to Indonesia's bilateral relations: partners, regions, relations "
            "dates and trade, every figure with its source."
        ),
        "id": (
            "Rujukan luring hubungan bilateral Indonesia: mitra, kawasan, tanggal hubungan, dan "
            "perdagangan, setiap angka dengan sumbernya."
        ),
    },
    "help.epilog": {
        "en": (
            "Exit status: 0 success, 1 other error, 2 usage error (bad option or region), 3 "
            "unknown partner, 4 invalid dataset, 5 output not written, 6 no answer from UN "
            "Comtrade (update), 7 UN Comtrade's answer refused (update), 130 interrupted."
        ),
        "id": (
            "Status keluar: 0 berhasil, 1 kesalahan lain, 2 kesalahan penggunaan (opsi atau "
            "kawasan), 3 mitra tidak dikenal, 4 dataset tidak sah, 5 keluaran tidak tertulis, 6 "
            "tidak ada jawaban dari UN Comtrade (update), 7 jawaban UN Comtrade ditolak "
            "(update), 130 dihentikan."
        ),
    },
    "help.data": {
        "en": "Use this dataset file instead of the bundled one.",
        "id": "Gunakan berkas dataset ini, bukan dataset bawaan.",
    },
    "help.version": {"en": "Show the version and exit.", "id": "Tampilkan versi lalu keluar."},
    "help.format": {
        "en": "table for people; json, csv or markdown for scripts and documents.",
        "id": "table untuk dibaca; json, csv, atau markdown untuk skrip dan dokumen.",
    },
    "help.no_color": {
        "en": "No colour or styles (also: NO_COLOR=1).",
        "id": "Tanpa warna atau gaya (juga: NO_COLOR=1).",
    },
    "help.lang": {
        "en": "Language: en or id (env: BILATERAL_LANG, else the locale).",
        "id": "Bahasa: en atau id (bawaan: BILATERAL_LANG, atau bahasa sistem).",
    },
    "help.region": {
        "en": "A region id or name (either language), or a group: americas, europe, asia.",
        "id": (
            "Id atau nama kawasan (dalam kedua bahasa), atau kelompok kawasan: americas, europe, "
            "asia."
        ),
    },
    "help.sort": {"en": "Order of the rows.", "id": "Urutan baris."},
    "help.partner": {
        "en": "Partner name (Indonesian or English), ISO code, id or alias.",
        "id": "Nama mitra (bahasa Indonesia atau Inggris), kode ISO, id, atau nama lain.",
    },
    "help.path": {
        "en": "Dataset file (default: --data, else the bundled one).",
        "id": "Berkas dataset (bawaan: --data, atau dataset bawaan).",
    },
    "help.list": {
        "en": (
            "List partners with region, relations date and trade in one year.\n\n"
            "Example: bilateral list --region americas --sort trade"
        ),
        "id": (
            "Daftar mitra beserta kawasan, tanggal hubungan, dan perdagangan pada satu "
            "tahun.\n\nContoh: bilateral list --region americas --sort trade"
        ),
    },
    "help.show": {
        "en": (
            "Show one partner's profile: relations, highlights, reported figures, trade, "
            "sources.\n\nExample: bilateral show canada   (also: kanada, CA, CAN)"
        ),
        "id": (
            "Profil satu mitra: hubungan, sorotan, angka publikasi, perdagangan, dan "
            "sumber.\n\nContoh: bilateral show kanada   (juga: canada, CA, CAN)"
        ),
    },
    "help.goals": {
        "en": "The six goals of bilateral cooperation.\n\nExample: bilateral goals",
        "id": "Enam tujuan kerja sama bilateral.\n\nContoh: bilateral goals --lang id",
    },
    "help.regions": {
        "en": (
            "The eight regions, their partner counts and the groups --region "
            "accepts.\n\nExample: bilateral regions"
        ),
        "id": (
            "Delapan kawasan, jumlah mitranya, dan kelompok kawasan untuk --region.\n\nContoh: "
            "bilateral regions"
        ),
    },
    "help.about": {
        "en": (
            "What bilateral cooperation is, its principle and the fields it spans.\n\nExample: "
            "bilateral about"
        ),
        "id": (
            "Apa itu kerja sama bilateral, prinsipnya, dan bidang yang dicakupnya.\n\nContoh: "
            "bilateral about"
        ),
    },
    "help.sources": {
        "en": (
            "Every source the dataset cites: publisher, title, date, URL, licence.\n\nExample: "
            "bilateral sources"
        ),
        "id": (
            "Semua sumber yang dikutip dalam dataset: penerbit, judul, tanggal, URL, dan "
            "lisensi.\n\nContoh: bilateral sources"
        ),
    },
    "help.validate": {
        "en": (
            "Check a dataset: every error with file:line:column and path, and warnings. Exit "
            "status 0 when valid (warnings or not), 4 when not.\n\nExample: bilateral validate "
            "my-partners.yaml --format json"
        ),
        "id": (
            "Periksa dataset: setiap kesalahan dengan berkas:baris:kolom dan jalurnya, serta "
            "peringatan. Status keluar 0 bila sah (dengan atau tanpa peringatan), 4 bila tidak "
            "sah.\n\nContoh: bilateral validate my-partners.yaml --format json"
        ),
    },
    # -- reliability (issue 16) -------------------------------------------------------------
    "problem.number_form": {
        "en": (
            "{value} is not a plain decimal number (a leading zero, 0x, 0o, 0b, : or _ would "
            "make YAML read another number)"
        ),
        "id": (
            "{value} bukan angka desimal biasa (nol di depan, 0x, 0o, 0b, :, atau _ membuat YAML "
            "membaca angka lain)"
        ),
    },
    "problem.out_of_range": {
        "en": "must be between {low} and {high}, got {value}",
        "id": "harus antara {low} dan {high}, tetapi berisi {value}",
    },
    "problem.too_many_nodes": {
        "en": "holds more than {limit} values (YAML nodes), the most a dataset may hold",
        "id": "memuat lebih dari {limit} nilai (simpul YAML), batas terbesar untuk sebuah dataset",
    },
    "problem.bad_character": {
        "en": "character {char} is not allowed in a dataset",
        "id": "karakter {char} tidak diizinkan dalam dataset",
    },
    "problem.no_path": {"en": "no path given", "id": "jalur berkas tidak diberikan"},
    "error.output": {
        "en": "bilateral: cannot write the output: {reason}.",
        "id": "bilateral: keluaran tidak dapat ditulis: {reason}.",
    },
    "error.export_dataset": {
        "en": "Cannot export to {file}: it is the dataset being read.",
        "id": "Tidak dapat mengekspor ke {file}: berkas itu adalah dataset yang sedang dibaca.",
    },
    "cache.cleared": {
        "en": "Removed {count} cache entries from {dir}.",
        "id": "{count} entri cache dihapus dari {dir}.",
    },
    "cache.off": {
        "en": "No cache is in use (no usable cache directory; see BILATERAL_CACHE_DIR).",
        "id": (
            "Cache tidak digunakan (tidak ada direktori cache yang dapat dipakai; lihat "
            "BILATERAL_CACHE_DIR)."
        ),
    },
    "help.cache": {
        "en": (
            "Manage the cache of parsed --data files: 'clear' removes every entry (the next run "
            "rebuilds what it needs).\n\nExample: bilateral cache clear"
        ),
        "id": (
            "Kelola cache berkas --data yang telah diurai: 'clear' menghapus semua entri (proses "
            "berikutnya membangun ulang yang diperlukan).\n\nContoh: bilateral cache clear"
        ),
    },
    "help.cache_action": {"en": "What to do: clear.", "id": "Tindakan: clear."},
    # -- update (issue 18) ----------------------------------------------------------------
    "help.update": {
        "en": (
            "Fetch the latest official trade figures from UN Comtrade's API into your own copy "
            "of the dataset, which every command then uses (--data still wins). Without --years: "
            "every finished year after the dataset's last. Nothing else ever uses the network. "
            "Exit status 6: no answer (network, DNS, timeout); 7: an HTTP error or an answer "
            "that does not check out; the data in use is then left as it was.\n\nExample: "
            "bilateral update --years 2023-2025 --dry-run"
        ),
        "id": (
            "Ambil angka perdagangan resmi terbaru dari API UN Comtrade ke salinan dataset Anda "
            "sendiri, yang kemudian dipakai semua perintah (--data tetap didahulukan). Tanpa "
            "--years: setiap tahun yang sudah lengkap setelah tahun terakhir dataset. Perintah "
            "lain tidak pernah memakai jaringan. Status keluar 6: tidak ada jawaban (jaringan, "
            "DNS, atau batas waktu); 7: kesalahan HTTP atau jawaban yang tidak lolos "
            "pemeriksaan; data yang dipakai tetap seperti semula.\n\nContoh: bilateral update "
            "--years 2023-2025 --dry-run"
        ),
    },
    "help.years": {
        "en": "Years to fetch: one year (2024) or a range (2023-2025), also years already held.",
        "id": (
            "Tahun yang diambil: satu tahun (2024) atau rentang (2023-2025), termasuk tahun "
            "yang sudah ada."
        ),
    },
    "help.dry_run": {
        "en": "Show what would change (years added, revisions) without writing anything.",
        "id": "Tampilkan apa yang akan berubah (tahun baru, revisi) tanpa menulis apa pun.",
    },
    "help.reset": {
        "en": "Remove the updated dataset: every command reads the bundled data again.",
        "id": "Hapus dataset yang diperbarui: semua perintah kembali membaca data bawaan.",
    },
    "update.version": {
        "en": "updated {date} from UN Comtrade",
        "id": "diperbarui {date} dari UN Comtrade",
    },
    "update.in_use": {
        "en": (
            "Dataset in use: {updated} (`bilateral update --reset` returns to the bundled data)."
        ),
        "id": (
            "Dataset yang dipakai: {updated} (`bilateral update --reset` kembali ke data bawaan)."
        ),
    },
    "show.trade_year_source": {
        "en": " Years {years}: [{source}].",
        "id": " Tahun {years}: [{source}].",
    },
    "update.progress": {
        "en": "UN Comtrade: {calls} of {total} calls, {records} records",
        "id": "UN Comtrade: {calls} dari {total} panggilan, {records} rekaman",
    },
    "update.title": {"en": "Update from UN Comtrade", "id": "Pembaruan dari UN Comtrade"},
    "update.file": {"en": "Dataset file", "id": "Berkas dataset"},
    "update.asked": {"en": "Years asked", "id": "Tahun yang diminta"},
    "update.calls": {"en": "Calls", "id": "Panggilan"},
    "update.calls_value": {
        "en": "{calls}, {records} records received",
        "id": "{calls}, {records} rekaman diterima",
    },
    "update.added": {"en": "Years added", "id": "Tahun baru"},
    "update.unavailable": {
        "en": "No figures yet for",
        "id": "Belum ada angka untuk",
    },
    "update.source": {"en": "Source of the new figures", "id": "Sumber angka baru"},
    "update.revisions": {
        "en": "Revisions ({count}): figures the dataset had that UN Comtrade now states otherwise",
        "id": "Revisi ({count}): angka dalam dataset yang kini dinyatakan berbeda oleh UN Comtrade",
    },
    "update.col_flow": {"en": "Flow", "id": "Arus"},
    "update.col_old": {"en": "Old, USD", "id": "Lama, USD"},
    "update.col_new": {"en": "New, USD", "id": "Baru, USD"},
    "update.col_difference": {"en": "Difference", "id": "Selisih"},
    "update.world": {"en": "World", "id": "Dunia"},
    "update.unknown": {
        "en": "Partner codes the dataset does not know ({count}): reported, kept out",
        "id": "Kode mitra yang tidak dikenal dataset ({count}): dilaporkan, tidak dimasukkan",
    },
    "update.unknown_item": {
        "en": "{code} (Comtrade code {number}, {name}): {years}",
        "id": "{code} (kode Comtrade {number}, {name}): {years}",
    },
    "update.done.written": {
        "en": "Written to {file}; every command now uses it. `bilateral update --reset` undoes it.",
        "id": (
            "Ditulis ke {file}; semua perintah kini memakainya. `bilateral update --reset` "
            "membatalkannya."
        ),
    },
    "update.done.dry_run": {
        "en": "Dry run: nothing was written ({file} is as it was).",
        "id": "Uji coba: tidak ada yang ditulis ({file} tetap seperti semula).",
    },
    "update.done.unchanged": {
        "en": "The dataset already holds these figures: nothing to write.",
        "id": "Dataset sudah memiliki angka ini: tidak ada yang ditulis.",
    },
    "update.done.up_to_date": {
        "en": (
            "Nothing to fetch: the dataset holds every finished year. Use --years to fetch "
            "years again (revisions)."
        ),
        "id": (
            "Tidak ada yang diambil: dataset sudah memiliki setiap tahun yang lengkap. Gunakan "
            "--years untuk mengambil ulang tahun tertentu (revisi)."
        ),
    },
    "update.done.reset": {
        "en": "Removed {file}: every command reads the bundled data again.",
        "id": "{file} dihapus: semua perintah kembali membaca data bawaan.",
    },
    "update.done.reset_dry_run": {
        "en": "Dry run: {file} would be removed, and the bundled data used again.",
        "id": "Uji coba: {file} akan dihapus, dan data bawaan dipakai kembali.",
    },
    "update.done.nothing_to_reset": {
        "en": "No updated dataset ({file}): the bundled data is in use.",
        "id": "Tidak ada dataset yang diperbarui ({file}): data bawaan sedang dipakai.",
    },
    "update.source_note": {
        "en": (
            "Reporter {home}, {what}, in USD. Retrieved with `bilateral update`: {calls} calls, "
            "{records} records. Annual figures, rounded to the nearest dollar."
        ),
        "id": (
            "Pelapor {home}, {what}, dalam USD. Diambil dengan `bilateral update`: {calls} "
            "panggilan, {records} rekaman. Angka tahunan, dibulatkan ke dolar terdekat."
        ),
    },
    "update.source_publisher": {
        "en": "United Nations Statistics Division (UN Comtrade)",
        "id": "Divisi Statistik Perserikatan Bangsa-Bangsa (UN Comtrade)",
    },
    "update.source_licence": {
        "en": "UN Comtrade terms of use",
        "id": "Ketentuan penggunaan UN Comtrade",
    },
    "update.source_dataset": {
        "en": "GET {query} (periods: {periods}), retrieved on {date}",
        "id": "GET {query} (periode: {periods}), diambil pada {date}",
    },
    "update.failed": {
        "en": "Update failed: {reason} Nothing was changed: the data in use is as it was.",
        "id": (
            "Pembaruan gagal: {reason} Tidak ada yang diubah: data yang dipakai tetap seperti "
            "semula."
        ),
    },
    "update.error.base_url": {
        "en": "BILATERAL_COMTRADE_URL must be an http:// or https:// address, not {url}.",
        "id": "BILATERAL_COMTRADE_URL harus alamat http:// atau https://, bukan {url}.",
    },
    "update.error.timeout_setting": {
        "en": "BILATERAL_COMTRADE_TIMEOUT must be a number of seconds above 0, not {value}.",
        "id": "BILATERAL_COMTRADE_TIMEOUT harus jumlah detik di atas 0, bukan {value}.",
    },
    "update.error.years": {
        "en": "--years takes a year or a range such as 2023-2025, up to {latest}, not {value}.",
        "id": (
            "--years menerima satu tahun atau rentang seperti 2023-2025, paling akhir "
            "{latest}, bukan {value}."
        ),
    },
    "update.error.home": {
        "en": "UN Comtrade figures can be fetched for Indonesia only, not {home}.",
        "id": "Angka UN Comtrade hanya dapat diambil untuk Indonesia, bukan {home}.",
    },
    "update.error.unreachable": {
        "en": "could not reach {host} ({reason}).",
        "id": "{host} tidak dapat dihubungi ({reason}).",
    },
    "update.error.dns": {
        "en": "could not find the address of {host} (DNS): is the network connected?",
        "id": "alamat {host} tidak ditemukan (DNS): apakah jaringan tersambung?",
    },
    "update.error.timeout": {
        "en": (
            "{host} did not answer within {seconds} seconds (BILATERAL_COMTRADE_TIMEOUT sets "
            "the limit)."
        ),
        "id": (
            "{host} tidak menjawab dalam {seconds} detik (BILATERAL_COMTRADE_TIMEOUT "
            "mengatur batasnya)."
        ),
    },
    "update.error.incomplete": {
        "en": "the connection to {host} ended before the answer was complete ({bytes} bytes).",
        "id": "sambungan ke {host} terputus sebelum jawaban lengkap ({bytes} bita).",
    },
    "update.error.rate_limit": {
        "en": (
            "{host} refused more calls for now (HTTP {status}, rate limit){detail}. Wait a "
            "minute and try again, or use a key (COMTRADE_API_KEY)."
        ),
        "id": (
            "{host} menolak panggilan tambahan untuk sementara (HTTP {status}, batas "
            "frekuensi){detail}. Tunggu sebentar lalu coba lagi, atau gunakan kunci "
            "(COMTRADE_API_KEY)."
        ),
    },
    "update.error.key": {
        "en": "{host} refused the key in COMTRADE_API_KEY (HTTP {status}){detail}.",
        "id": "{host} menolak kunci dalam COMTRADE_API_KEY (HTTP {status}){detail}.",
    },
    "update.error.http": {
        "en": "{host} answered with an error (HTTP {status}){detail}.",
        "id": "{host} menjawab dengan kesalahan (HTTP {status}){detail}.",
    },
    "update.error.too_large": {
        "en": "the answer for {year} is larger than {limit}.",
        "id": "jawaban untuk {year} lebih besar dari {limit}.",
    },
    "update.error.not_json": {
        "en": "the answer for {year} is not JSON.",
        "id": "jawaban untuk {year} bukan JSON.",
    },
    "update.error.shape": {
        "en": "the answer for {year} is not shaped like UN Comtrade's (count, data records).",
        "id": "jawaban untuk {year} tidak berbentuk seperti jawaban UN Comtrade (count, data).",
    },
    "update.error.truncated": {
        "en": (
            "the answer for {year} holds {count} records, the limit of one call ({limit}), "
            "so it may be cut short. A key (COMTRADE_API_KEY) allows more records per call."
        ),
        "id": (
            "jawaban untuk {year} memiliki {count} rekaman, batas satu panggilan ({limit}), "
            "sehingga mungkin terpotong. Kunci (COMTRADE_API_KEY) memungkinkan lebih banyak "
            "rekaman per panggilan."
        ),
    },
    "update.error.duplicate": {
        "en": "the answer for {year} holds the same flow twice for partner {partner}.",
        "id": "jawaban untuk {year} memuat arus yang sama dua kali untuk mitra {partner}.",
    },
    "update.error.reporter": {
        "en": "the answer for {year} holds records for reporter {got}, not {expected}.",
        "id": "jawaban untuk {year} memuat rekaman pelapor {got}, bukan {expected}.",
    },
    "update.error.year": {
        "en": "the answer for {year} holds records for another year ({got}).",
        "id": "jawaban untuk {year} memuat rekaman tahun lain ({got}).",
    },
    "update.error.value": {
        "en": (
            "the answer for {year} gives {partner}'s {flow} as {value}, not a non-negative number."
        ),
        "id": (
            "jawaban untuk {year} memberikan nilai {flow} {partner} sebesar {value}, bukan angka "
            "nonnegatif."
        ),
    },
    "update.error.write": {
        "en": "could not write {file} ({reason}).",
        "id": "{file} tidak dapat ditulis ({reason}).",
    },
    "update.error.remove": {
        "en": "could not remove {file} ({reason}).",
        "id": "{file} tidak dapat dihapus ({reason}).",
    },
    # -- alignment, second series, investment (issue 13) -------------------------------------
    "align.title": {"en": "UN voting alignment", "id": "Keselarasan suara di PBB"},
    "align.latest": {
        "en": (
            "Distance in {year}: {value}{d} (band {low}\u2013{high}{d}); votes: {home} "
            "{home_votes}, "
            "{partner} {votes}"
        ),
        "id": (
            "Jarak pada {year}: {value}{d} (rentang {low}\u2013{high}{d}); jumlah suara: {home} "
            "{home_votes}, {partner} {votes}"
        ),
    },
    "align.rank": {
        "en": "; rank {rank}{d} of {ranked} partners (1 = closest)",
        "id": "; peringkat {rank}{d} dari {ranked} mitra (1 = terdekat)",
    },
    "align.none_reliable": {
        "en": "No year since 2000 rests on enough votes (at least {min} by each country).",
        "id": (
            "Tidak ada tahun sejak 2000 yang bersandar pada cukup suara (sekurang-kurangnya "
            "{min} dari setiap negara)."
        ),
    },
    "align.trend": {
        "en": "Trend: {start_year} {start}{d} → {end_year} {end}{d}: {direction}; {bands}.",
        "id": "Arah: {start_year} {start}{d} → {end_year} {end}{d}: {direction}; {bands}.",
    },
    "align.closer": {"en": "closer", "id": "makin dekat"},
    "align.further": {"en": "further apart", "id": "makin jauh"},
    "align.within": {
        "en": "the change is within the uncertainty bands, so it is not a clear change",
        "id": (
            "perubahannya masih dalam rentang ketidakpastian, sehingga bukan perubahan yang jelas"
        ),
    },
    "align.beyond": {
        "en": "the change is beyond the uncertainty bands",
        "id": "perubahannya melampaui rentang ketidakpastian",
    },
    "align.chart": {
        "en": (
            "{first}\u2013{last}: {bars} (0 to {top}{d}; taller = further apart; · = too few votes)"
        ),
        "id": (
            "{first}\u2013{last}: {bars} (0 sampai {top}{d}; makin tinggi = makin jauh; · = suara "
            "terlalu sedikit)"
        ),
    },
    "align.unused": {
        "en": (
            "{year} not used: it rests on too few votes ({home} {home_votes}, {partner} "
            "{votes}; at least {min} needed)."
        ),
        "id": (
            "{year} tidak digunakan: hanya bersandar pada sedikit suara ({home} {home_votes}, "
            "{partner} {votes}; diperlukan sekurang-kurangnya {min})."
        ),
    },
    "align.note": {"en": "Note: {note}", "id": "Catatan: {note}"},
    "align.explain": {
        "en": (
            "The distance is the gap between the two countries' positions estimated from their "
            "votes in the UN General Assembly each year (Bailey, Strezhnev & Voeten 2017): 0 = "
            "identical voting, larger = further apart. The band puts each position anywhere in "
            "its 5\u201395% interval; a year with fewer than {min} votes by either country is not "
            "used."
        ),
        "id": (
            "Jarak adalah selisih posisi kedua negara yang diperkirakan dari pemungutan suara "
            "mereka di Majelis Umum PBB setiap tahun (Bailey, Strezhnev & Voeten 2017): 0 = "
            "suara identik, makin besar = makin jauh. Rentang menempatkan setiap posisi di mana "
            "pun dalam interval 5\u201395%-nya; tahun dengan kurang dari {min} suara dari salah "
            "satu "
            "negara tidak digunakan."
        ),
    },
    "bop.title": {
        "en": "Bank Indonesia's figures (balance-of-payments basis)",
        "id": "Angka Bank Indonesia (dasar neraca pembayaran)",
    },
    "bop.latest": {
        "en": "Latest published: {period}: exports {exports}; imports {imports}",
        "id": "Terbaru yang diterbitkan: {period}: ekspor {exports}; impor {imports}",
    },
    "bop.growth": {"en": "({growth}{d} on {before})", "id": "({growth}{d} dari {before})"},
    "bop.preliminary": {"en": " (preliminary)", "id": " (angka sementara)"},
    "bop.side_by_side": {
        "en": "Bank Indonesia's series beside UN Comtrade's, USD million (exports, then imports):",
        "id": "Seri Bank Indonesia di samping seri UN Comtrade, juta USD (ekspor, lalu impor):",
    },
    "col.bi_exports": {"en": "BI exports", "id": "Ekspor BI"},
    "col.bi_imports": {"en": "BI imports", "id": "Impor BI"},
    "col.diff": {"en": "Diff.", "id": "Selisih"},
    "bop.reason": {
        "en": (
            "Diff.{d} = (BI - Comtrade) / Comtrade. They differ because Bank Indonesia "
            "[{bi}] records trade on a balance-of-payments basis (change of ownership) and "
            "Comtrade [{trade}] the customs records BPS reports; the two are never merged. "
            "ᵖ preliminary."
        ),
        "id": (
            "Selisih{d} = (BI - Comtrade) / Comtrade. Keduanya berbeda karena Bank Indonesia "
            "[{bi}] mencatat perdagangan atas dasar neraca pembayaran (perpindahan "
            "kepemilikan), sedangkan Comtrade [{trade}] mencatat data kepabeanan yang "
            "dilaporkan BPS; keduanya tidak pernah digabung. ᵖ angka sementara."
        ),
    },
    "bop.fdi": {"en": "Investment in Indonesia: ", "id": "Investasi di Indonesia: "},
    "bop.fdi_latest": {
        "en": "net direct investment from {partner} in {home}, {year}: {value}",
        "id": "investasi langsung neto dari {partner} di {home}, {year}: {value}",
    },
    "bop.fdi_trend": {
        "en": "{first}\u2013{last}, USD million: {values}",
        "id": "{first}\u2013{last}, juta USD: {values}",
    },
    "bop.fdi_part": {
        "en": "{period}: {value}, against {before} a year earlier",
        "id": "{period}: {value}, dibandingkan {before} setahun sebelumnya",
    },
    "bop.disinvestment": {
        "en": "net disinvestment of {value}",
        "id": "divestasi neto sebesar {value}",
    },
    "bop.fdi_negative": {
        "en": " (below zero: net disinvestment)",
        "id": " (di bawah nol: divestasi neto)",
    },
    "problem.not_a_period": {
        "en": "{text} is not a period: write a year (2024) or months of one (2025-01/05).",
        "id": (
            "{text} bukan periode: tulis tahun (2024) atau bulan-bulan dalam satu tahun "
            "(2025-01/05)."
        ),
    },
    "problem.unknown_period": {
        "en": "{text} is marked preliminary but is not one of the series' periods.",
        "id": "{text} ditandai sementara, tetapi bukan salah satu periode seri ini.",
    },
    "problem.ideal_point": {
        "en": "expected [point, votes, 5% quantile, 95% quantile], got {got}.",
        "id": "seharusnya [titik, jumlah suara, kuantil 5%, kuantil 95%], tetapi berisi {got}.",
    },
    "problem.quantiles": {
        "en": "the 5% quantile is above the 95% quantile.",
        "id": "kuantil 5% lebih besar daripada kuantil 95%.",
    },
    "what.period": {"en": "period", "id": "periode"},
    "compare.title.fdi": {
        "en": "Net direct investment in {home} from {what}, {start} → {end} (USD million)",
        "id": "Investasi langsung neto di {home} dari {what}, {start} → {end} (juta USD)",
    },
    "sort.un_distance": {
        "en": "UN voting distance (closest first)",
        "id": "jarak suara PBB (terdekat dahulu)",
    },
    "col.un_distance": {"en": "UN", "id": "PBB"},
    "col.band": {"en": "Band {year}", "id": "Rentang {year}"},
    "list.un_note": {
        "en": (
            "UN{d}: the UN voting distance, the gap between the two countries' positions "
            "estimated from their UN General Assembly votes in {year} (0 = identical voting, "
            "lower = closer); blank "
            "where either rests on too few votes (Bailey, Strezhnev & Voeten 2017)."
        ),
        "id": (
            "PBB{d}: jarak suara di PBB, yaitu selisih posisi kedua negara yang diperkirakan dari "
            "pemungutan suara "
            "mereka di Majelis Umum PBB pada {year} (0 = suara identik, makin kecil = makin "
            "dekat); kosong bila salah satunya bersandar pada terlalu sedikit suara (Bailey, "
            "Strezhnev & Voeten 2017)."
        ),
    },
    "compare.bi_title": {"en": " (Bank Indonesia)", "id": " (Bank Indonesia)"},
    "compare.bi_note": {
        "en": (
            "Bank Indonesia's series: balance-of-payments basis, about 40 named partners (ranks "
            "and shares are among them and of its total); {end} is compared with {start}: months "
            "of a year only with the same months a year earlier, never with a full year. "
            "Preliminary periods: see `bilateral sources`."
        ),
        "id": (
            "Seri Bank Indonesia: dasar neraca pembayaran, sekitar 40 mitra bernama (peringkat "
            "dan pangsa dihitung di antara mereka dan dari totalnya); {end} dibandingkan dengan "
            "{start}: bulan-bulan suatu tahun hanya dengan bulan yang sama setahun sebelumnya, "
            "tidak pernah dengan setahun penuh. Periode sementara: lihat `bilateral sources`."
        ),
    },
    "compare.bi_fdi_note": {
        "en": (
            "Net direct investment by country of origin, Bank Indonesia; below zero: net "
            "disinvestment (no growth from a base that is not positive); {end} is compared with "
            "{start}: months of a year only with the same months a year earlier."
        ),
        "id": (
            "Investasi langsung neto menurut negara asal, Bank Indonesia; di bawah nol: "
            "divestasi neto (tanpa pertumbuhan dari dasar yang tidak positif); {end} "
            "dibandingkan dengan {start}: bulan-bulan suatu tahun hanya dengan bulan yang sama "
            "setahun sebelumnya."
        ),
    },
    "compare.un_title_partner": {
        "en": "{home}'s UN voting distance to partners, {start} → {end} (lower = closer)",
        "id": "Jarak suara {home} di PBB dengan mitra, {start} → {end} (makin kecil = makin dekat)",
    },
    "compare.un_title_group": {
        "en": "{home}'s UN voting distance to groups, {start} → {end} (lower = closer)",
        "id": (
            "Jarak suara {home} di PBB dengan kelompok, {start} → {end} (makin kecil = makin dekat)"
        ),
    },
    "compare.un_note": {
        "en": (
            "{d} derived from the ideal points: distance = the gap between {home}'s and the "
            "partner's positions estimated from UN General Assembly votes in the same year (0 = "
            "identical voting, lower = closer); band: each position anywhere in its 5\u201395% "
            "interval; rank among {ranked} {units} with a reliable distance in {end} (1 = "
            "closest); blank: fewer than {min} votes by either country. Bailey, Strezhnev & "
            "Voeten (2017)."
        ),
        "id": (
            "{d} diturunkan dari titik ideal: jarak = selisih posisi {home} dan mitra yang "
            "diperkirakan dari pemungutan suara di Majelis Umum PBB pada tahun yang sama (0 = "
            "suara identik, makin kecil = makin dekat); rentang: setiap posisi di mana pun "
            "dalam interval 5\u201395%-nya; peringkat di antara {ranked} {units} yang jaraknya "
            "andal "
            "pada {end} (1 = terdekat); kosong: kurang dari {min} suara dari salah satu negara. "
            "Bailey, Strezhnev & Voeten (2017)."
        ),
    },
    "compare.un_groups": {
        "en": (
            "A group's distance is the mean of its current members' distances; members without "
            "a reliable figure in a year are left out of that year's mean."
        ),
        "id": (
            "Jarak suatu kelompok adalah rata-rata jarak anggotanya saat ini; anggota tanpa "
            "angka yang andal pada suatu tahun tidak dimasukkan dalam rata-rata tahun itu."
        ),
    },
    "compare.un_missing_count": {
        "en": "{name}: {count} of {members} members without reliable figures in both years",
        "id": "{name}: {count} dari {members} anggota tanpa angka andal pada kedua tahun",
    },
    "error.period": {
        "en": (
            "{period} is not a period: write 2025-01/05 (January to May 2025), 2025-Q1 or a year."
        ),
        "id": (
            "{period} bukan periode: tulis 2025-01/05 (Januari sampai Mei 2025), 2025-Q1, atau "
            "tahun."
        ),
    },
    "error.period_source": {
        "en": (
            "--period compares Bank Indonesia's series, which has months of a year: add "
            "--source bi (or --metric fdi)."
        ),
        "id": (
            "--period membandingkan seri Bank Indonesia, yang memiliki bulan-bulan suatu tahun: "
            "tambahkan --source bi (atau --metric fdi)."
        ),
    },
    "error.period_years": {
        "en": (
            "--period compares months with the same months a year earlier, never with a full "
            "year: leave out --from and --to."
        ),
        "id": (
            "--period membandingkan bulan-bulan dengan bulan yang sama setahun sebelumnya, tidak "
            "pernah dengan setahun penuh: jangan sebut --from dan --to."
        ),
    },
    "error.no_period": {
        "en": "Bank Indonesia's series has no figures for {period} (it has {known}).",
        "id": "Seri Bank Indonesia tidak memiliki angka untuk {period} (yang ada: {known}).",
    },
    "error.no_series": {
        "en": "The dataset holds no figures for this measure.",
        "id": "Dataset tidak memiliki angka untuk ukuran ini.",
    },
    "error.by_second": {
        "en": (
            "Bank Indonesia names about 40 partners and puts the rest in regional totals, so "
            "sums by region or group would leave members out: compare partners (with --group "
            "or --region) instead."
        ),
        "id": (
            "Bank Indonesia hanya menyebut sekitar 40 mitra dan memasukkan sisanya ke total "
            "kawasan, sehingga jumlah per kawasan atau kelompok akan melewatkan anggota: "
            "bandingkan mitra (dengan --group atau --region)."
        ),
    },
    "error.un_by_region": {
        "en": (
            "--by region is not offered for the UN voting distance: use --by group (a group's "
            "mean) or --region to compare a region's partners."
        ),
        "id": (
            "--by region tidak tersedia untuk jarak suara PBB: gunakan --by group (rata-rata "
            "kelompok) atau --region untuk membandingkan mitra suatu kawasan."
        ),
    },
    "error.un_year": {
        "en": "No UN voting figures for {year} (the dataset has {known}).",
        "id": "Tidak ada angka suara PBB untuk {year} (dataset memiliki {known}).",
    },
    "error.un_unreliable": {
        "en": (
            "{year} rests on too few UN votes ({votes}; at least {min} needed), so its "
            "distances are unreliable; the latest reliable year is {latest}."
        ),
        "id": (
            "{year} hanya bersandar pada sedikit suara PBB ({votes}; diperlukan sekurang-"
            "kurangnya {min}), sehingga jaraknya tidak andal; tahun andal terakhir adalah "
            "{latest}."
        ),
    },
    "error.un_source": {
        "en": (
            "The UN voting distance has one source and no USD: leave out --source, --period "
            "and --min-value."
        ),
        "id": (
            "Jarak suara PBB hanya memiliki satu sumber dan tidak dalam USD: jangan sebut "
            "--source, --period, dan --min-value."
        ),
    },
    "help.source": {
        "en": (
            "Series: comtrade (UN Comtrade, annual, customs basis) or bi (Bank Indonesia, "
            "balance-of-payments basis, with months of a year)."
        ),
        "id": (
            "Seri: comtrade (UN Comtrade, tahunan, dasar kepabeanan) atau bi (Bank Indonesia, "
            "dasar neraca pembayaran, dengan bulan-bulan suatu tahun)."
        ),
    },
    "help.period": {
        "en": (
            "Months of a year (2025-01/05, 2025-Q1) against the same months a year earlier; "
            "with --source bi or --metric fdi."
        ),
        "id": (
            "Bulan-bulan suatu tahun (2025-01/05, 2025-Q1) dibandingkan dengan bulan yang sama "
            "setahun sebelumnya; dengan --source bi atau --metric fdi."
        ),
    },
    "metavar.period": {"en": "YYYY-MM/MM", "id": "TTTT-BB/BB"},
    # -- issue 15: Indonesian usage, metavariables, compare phrasing -------------------------
    "col.growth": {"en": "Change", "id": "Pertumbuhan"},
    "metavar.path": {"en": "PATH", "id": "BERKAS"},
    "metavar.file": {"en": "FILE", "id": "BERKAS"},
    "metavar.optional_path": {"en": "[PATH]", "id": "[BERKAS]"},
    "metavar.partner": {"en": "PARTNER", "id": "MITRA"},
    "metavar.optional_partner": {"en": "[PARTNER]", "id": "[MITRA]"},
    "metavar.partners": {"en": "[PARTNER]...", "id": "[MITRA]..."},
    "metavar.region": {"en": "REGION", "id": "KAWASAN"},
    "metavar.group": {"en": "GROUP", "id": "KELOMPOK"},
    "metavar.year": {"en": "YEAR", "id": "TAHUN"},
    "metavar.kind": {"en": "country|territory|former|other", "id": "JENIS"},
    "metavar.count": {"en": "N", "id": "N"},
    "metavar.action": {"en": "ACTION", "id": "TINDAKAN"},
    "metavar.years": {"en": "YEAR[-YEAR]", "id": "TAHUN[-TAHUN]"},
    "help.options_metavar": {"en": "[OPTIONS]", "id": "[OPSI]"},
    "help.command_metavar": {"en": "COMMAND [ARGS]...", "id": "PERINTAH [ARGUMEN]..."},
    "usage.at_least": {"en": "x>={low}", "id": "minimal {low}"},
    "usage.at_most": {"en": "x<={high}", "id": "maksimal {high}"},
    "usage.between": {"en": "{low}<=x<={high}", "id": "{low} sampai {high}"},
    "usage.type_int": {"en": "integer", "id": "bilangan bulat"},
    "usage.type_flo": {"en": "number", "id": "angka"},
    "usage.type_boo": {
        "en": "boolean (true or false)",
        "id": "nilai benar/salah (true atau false)",
    },
    "usage.not_a": {"en": "{value} is not a valid {type}.", "id": "{value} bukan {type} yang sah."},
    "usage.not_in_range": {
        "en": "{value} is not in the range {range}.",
        "id": "{value} di luar rentang yang sah ({range}).",
    },
    "usage.needs_value": {
        "en": "Option {name} requires an argument.",
        "id": "Opsi {name} memerlukan nilai.",
    },
    "usage.no_value": {
        "en": "Option {name} does not take a value.",
        "id": "Opsi {name} tidak menerima nilai.",
    },
    "usage.extra": {
        "en": "Got unexpected extra argument(s): {args}.",
        "id": "Ada argumen tambahan yang tidak dikenal: {args}.",
    },
    "usage.framework": {
        "en": "{detail}",
        "id": "{detail} (pesan asli Click, dalam bahasa Inggris)",
    },
    # -- issue 15: the YAML parser's messages ------------------------------------------------
    "yaml.parser": {"en": "{text}", "id": "{text} (pesan asli parser YAML)"},
    "yaml.in": {"en": "{context} {problem}", "id": "{context}: {problem}"},
    "yaml.context.simple_key": {"en": "while scanning a simple key", "id": "saat membaca kunci"},
    "yaml.context.plain_scalar": {
        "en": "while scanning a plain scalar",
        "id": "saat membaca nilai tanpa tanda kutip",
    },
    "yaml.context.quoted_scalar": {
        "en": "while scanning a quoted scalar",
        "id": "saat membaca nilai bertanda kutip",
    },
    "yaml.context.parsing_quoted_scalar": {
        "en": "while parsing a quoted scalar",
        "id": "saat membaca nilai bertanda kutip",
    },
    "yaml.context.block_scalar": {
        "en": "while scanning a block scalar",
        "id": "saat membaca teks blok (| atau >)",
    },
    "yaml.context.next_token": {
        "en": "while scanning for the next token",
        "id": "saat membaca unsur berikutnya",
    },
    "yaml.context.block_mapping": {
        "en": "while parsing a block mapping",
        "id": "saat membaca pemetaan",
    },
    "yaml.context.block_collection": {
        "en": "while parsing a block collection",
        "id": "saat membaca daftar",
    },
    "yaml.context.flow_sequence": {
        "en": "while parsing a flow sequence",
        "id": "saat membaca daftar dalam [ ]",
    },
    "yaml.context.flow_mapping": {
        "en": "while parsing a flow mapping",
        "id": "saat membaca pemetaan dalam {{ }}",
    },
    "yaml.context.block_node": {"en": "while parsing a block node", "id": "saat membaca nilai"},
    "yaml.context.flow_node": {
        "en": "while parsing a flow node",
        "id": "saat membaca nilai dalam kurung",
    },
    "yaml.context.anchor": {"en": "while scanning an anchor", "id": "saat membaca jangkar (&)"},
    "yaml.context.alias": {"en": "while scanning an alias", "id": "saat membaca alias (*)"},
    "yaml.context.tag": {"en": "while scanning a tag", "id": "saat membaca tag (!)"},
    "yaml.context.directive": {
        "en": "while scanning a directive",
        "id": "saat membaca direktif (%)",
    },
    "yaml.context.single_document": {
        "en": "expected a single document in the stream",
        "id": "berkas seharusnya hanya berisi satu dokumen",
    },
    "yaml.context.duplicate_anchor": {
        "en": "found duplicate anchor; first occurrence",
        "id": "jangkar (&) ganda",
    },
    "yaml.problem.cannot_start_token": {
        "en": "found character that cannot start any token",
        "id": "ada karakter yang tidak dapat mengawali unsur apa pun",
    },
    "yaml.problem.no_colon": {
        "en": "could not find expected ':'",
        "id": "tanda ':' yang diharapkan tidak ditemukan",
    },
    "yaml.problem.end_of_stream": {
        "en": "found unexpected end of stream",
        "id": "berkas berakhir sebelum waktunya",
    },
    "yaml.problem.tab_indentation": {
        "en": "found a tab character that violates indentation",
        "id": "ada karakter tab yang merusak indentasi",
    },
    "yaml.problem.tab_space": {
        "en": "found a tab character where an indentation space is expected",
        "id": "ada karakter tab di tempat yang seharusnya spasi indentasi",
    },
    "yaml.problem.mapping_values": {
        "en": "mapping values are not allowed in this context",
        "id": "nilai pemetaan (kunci: nilai) tidak diizinkan di sini",
    },
    "yaml.problem.sequence_entries": {
        "en": "block sequence entries are not allowed in this context",
        "id": "butir daftar (- ) tidak diizinkan di sini",
    },
    "yaml.problem.no_comma_bracket": {
        "en": "did not find expected ',' or ']'",
        "id": "tanda ',' atau ']' yang diharapkan tidak ditemukan",
    },
    "yaml.problem.no_comma_brace": {
        "en": "did not find expected ',' or '}}'",
        "id": "tanda ',' atau '}}' yang diharapkan tidak ditemukan",
    },
    "yaml.problem.no_dash": {
        "en": "did not find expected '-' indicator",
        "id": "tanda '-' yang diharapkan tidak ditemukan",
    },
    "yaml.problem.no_key": {
        "en": "did not find expected key",
        "id": "kunci yang diharapkan tidak ditemukan",
    },
    "yaml.problem.no_node": {
        "en": "did not find expected node content",
        "id": "nilai yang diharapkan tidak ditemukan",
    },
    "yaml.problem.no_document_start": {
        "en": "did not find expected <document start>",
        "id": "awal dokumen (---) yang diharapkan tidak ditemukan",
    },
    "yaml.problem.no_alphanumeric": {
        "en": "did not find expected alphabetic or numeric character",
        "id": "huruf atau angka yang diharapkan tidak ditemukan",
    },
    "yaml.problem.no_line_break": {
        "en": "did not find expected comment or line break",
        "id": "komentar atau akhir baris yang diharapkan tidak ditemukan",
    },
    "yaml.problem.unknown_escape": {
        "en": "found unknown escape character",
        "id": "ada karakter escape yang tidak dikenal",
    },
    "yaml.problem.document_indicator": {
        "en": "found unexpected document indicator",
        "id": "ada penanda dokumen (--- atau ...) yang tidak diharapkan",
    },
    "yaml.problem.undefined_alias": {
        "en": "found undefined alias",
        "id": "ada alias yang tidak didefinisikan",
    },
    "yaml.problem.another_document": {
        "en": "but found another document",
        "id": "ditemukan dokumen lain",
    },
    "yaml.problem.second_occurrence": {
        "en": "second occurrence",
        "id": "di sini kemunculan keduanya",
    },
    "yaml.problem.duplicate_yaml_directive": {
        "en": "found duplicate %YAML directive",
        "id": "direktif %YAML ganda",
    },
    "yaml.problem.incompatible_document": {
        "en": "found incompatible YAML document",
        "id": "dokumen YAML dengan versi yang tidak didukung",
    },
    "yaml.problem.undefined_tag_handle": {
        "en": "found undefined tag handle",
        "id": "ada penanda tag yang tidak didefinisikan",
    },
    # -- update --products, show --products (issue 18: trade by product) ---------------------
    "help.update_products": {
        "en": (
            "Fetch trade by product instead: every HS chapter by partner, both flows, for the "
            "dataset's last two years (or --years), into its own file; needs COMTRADE_API_KEY. "
            "With --reset: remove that file."
        ),
        "id": (
            "Ambil perdagangan menurut produk: setiap bab HS per mitra, kedua arus, untuk dua "
            "tahun terakhir dataset (atau --years), ke berkasnya sendiri; memerlukan "
            "COMTRADE_API_KEY. Dengan --reset: hapus berkas tersebut."
        ),
    },
    "help.show_products": {
        "en": (
            "List the partner's top exports and imports by HS chapter (bilateral update "
            "--products)."
        ),
        "id": (
            "Tampilkan ekspor utama ke mitra dan impor utama dari mitra menurut bab HS "
            "(bilateral update --products)."
        ),
    },
    "help.products_top": {
        "en": "How many chapters --products lists each way (default 10).",
        "id": "Jumlah bab yang ditampilkan --products untuk tiap arah (bawaan: 10).",
    },
    "products.error.key": {
        "en": (
            "--products needs a UN Comtrade API key: a year by product is far beyond the "
            "public endpoint's 500 records per call. Register for free at "
            "https://comtradedeveloper.un.org, then set it: export COMTRADE_API_KEY=YOUR-KEY"
        ),
        "id": (
            "--products memerlukan kunci API UN Comtrade: satu tahun menurut produk jauh "
            "melampaui batas 500 rekaman per panggilan titik akhir publik. Daftar gratis di "
            "https://comtradedeveloper.un.org, lalu atur: export COMTRADE_API_KEY=KUNCI-ANDA"
        ),
    },
    "products.error.none": {
        "en": (
            "No product data yet: `bilateral update --products` fetches it from UN Comtrade "
            "(needs COMTRADE_API_KEY)."
        ),
        "id": (
            "Belum ada data produk: `bilateral update --products` mengambilnya dari UN "
            "Comtrade (memerlukan COMTRADE_API_KEY)."
        ),
    },
    "products.error.partner": {
        "en": (
            "The product data holds no figures for {partner}; `bilateral update --products "
            "--years YEAR` fetches other years."
        ),
        "id": (
            "Data produk tidak memiliki angka untuk {partner}; `bilateral update --products "
            "--years TAHUN` mengambil tahun lain."
        ),
    },
    "products.error.group": {
        "en": "--products lists one partner's trade by product; {group} is a group.",
        "id": (
            "--products menampilkan perdagangan satu mitra menurut produk; {group} adalah kelompok."
        ),
    },
    "products.error.top_alone": {
        "en": "--top goes with --products.",
        "id": "--top hanya dipakai bersama --products.",
    },
    "problem.json": {"en": "is not valid JSON: {detail}", "id": "bukan JSON yang sah: {detail}"},
    "update.products_file": {"en": "Product file", "id": "Berkas produk"},
    "update.products_added": {"en": "Years written", "id": "Tahun yang ditulis"},
    "update.products_done.written": {
        "en": (
            "Written to {file}; `bilateral show PARTNER --products` now uses it. "
            "`bilateral update --products --reset` removes it."
        ),
        "id": (
            "Ditulis ke {file}; `bilateral show MITRA --products` kini memakainya. "
            "`bilateral update --products --reset` menghapusnya."
        ),
    },
    "update.products_done.dry_run": {
        "en": "Dry run: nothing was written ({file} is as it was).",
        "id": "Uji coba: tidak ada yang ditulis ({file} tetap seperti semula).",
    },
    "update.products_done.unchanged": {
        "en": "The product file already holds these figures: nothing to write.",
        "id": "Berkas produk sudah memiliki angka ini: tidak ada yang ditulis.",
    },
    "update.products_done.reset": {
        "en": "Removed {file}: no product data until the next `bilateral update --products`.",
        "id": (
            "{file} dihapus: tidak ada data produk sampai `bilateral update --products` berikutnya."
        ),
    },
    "update.products_done.reset_dry_run": {
        "en": "Dry run: {file} would be removed.",
        "id": "Uji coba: {file} akan dihapus.",
    },
    "update.products_done.nothing_to_reset": {
        "en": "No product file ({file}): nothing to remove.",
        "id": "Tidak ada berkas produk ({file}): tidak ada yang dihapus.",
    },
    "products.title": {
        "en": "{home} and {partner}: trade by product, {year}",
        "id": "{home} dan {partner}: perdagangan menurut produk, {year}",
    },
    "products.exports": {
        "en": "Exports to {partner}: top {count} of {chapters} HS chapters",
        "id": "Ekspor ke {partner}: {count} teratas dari {chapters} bab HS",
    },
    "products.imports": {
        "en": "Imports from {partner}: top {count} of {chapters} HS chapters",
        "id": "Impor dari {partner}: {count} teratas dari {chapters} bab HS",
    },
    "products.no_flow": {"en": "No figures.", "id": "Tidak ada angka."},
    "products.exports_none": {"en": "Exports to {partner}", "id": "Ekspor ke {partner}"},
    "products.imports_none": {"en": "Imports from {partner}", "id": "Impor dari {partner}"},
    "col.hs": {"en": "HS", "id": "HS"},
    "col.product": {"en": "Product", "id": "Produk"},
    "col.usd_million": {"en": "USD m", "id": "Juta USD"},
    "products.note": {
        "en": (
            "Annual, by HS chapter (HS-2), USD million. Share{d}: of the sum of every chapter "
            "that way (exports {exports}{d}, imports {imports}{d} USD million), which can differ "
            "a little from the total in `bilateral show`. Chapter names are this tool's short "
            "labels. Years held: {years}. Source: [{id}]."
        ),
        "id": (
            "Tahunan, menurut bab HS (HS-2), juta USD. Pangsa{d}: terhadap jumlah semua bab pada "
            "arah itu (ekspor {exports}{d}, impor {imports}{d} juta USD), yang dapat sedikit "
            "berbeda dari total dalam `bilateral show`. Nama bab adalah label singkat yang "
            "disusun untuk alat ini. Tahun yang tersedia: {years}. Sumber: [{id}]."
        ),
    },
    # -- issue 15: what an update's source holds ---------------------------------------------
    "update.what_total": {"en": "total merchandise trade", "id": "total perdagangan barang"},
    "update.what_products": {
        "en": "trade by HS chapter (AG2) and partner",
        "id": "perdagangan per bab HS (AG2) dan per mitra",
    },
    # -- issue 14: the first screen --------------------------------------------------------
    "col.since_short": {"en": "Since", "id": "Sejak"},
    "list.stops": {"en": "to {year}", "id": "s.d. {year}"},
    "list.stops_note": {
        "en": (
            "{stop}: the partner's figures stop in that year; it is not ranked among the "
            "{year} values."
        ),
        "id": (
            "{stop}: angka mitra berhenti pada tahun itu; mitra tersebut tidak diperingkat di "
            "antara nilai {year}."
        ),
    },
    "error.year_outside": {
        "en": "The data covers {first}-{last}: there are no figures for {year}.",
        "id": "Data mencakup {first}-{last}: tidak ada angka untuk {year}.",
    },
    "error.kind": {
        "en": "Unknown kind {kind}. Valid kinds: {valid}.",
        "id": "Jenis tidak dikenal: {kind}. Jenis yang sah: {valid}.",
    },
    "error.no_match": {
        "en": "No partner's name, alias or code contains {query}.",
        "id": "Tidak ada nama, alias, atau kode mitra yang memuat {query}.",
    },
    "help.list_year": {
        "en": "The year of the trade column and of --sort trade (default: the latest).",
        "id": "Tahun kolom perdagangan dan --sort trade (bawaan: tahun terakhir).",
    },
    "help.list_kind": {
        "en": "Only partners of this kind: `country` leaves territories out.",
        "id": "Hanya mitra jenis ini (`country`, `territory`, `former`, `other`): `country` "
        "tidak menyertakan wilayah.",
    },
    "help.query": {
        "en": "Only partners whose names (either language), aliases or codes contain this text.",
        "id": "Hanya mitra yang nama (kedua bahasa), alias, atau kodenya memuat teks ini.",
    },
    "help.search": {
        "en": (
            "Find partners by any part of a name (English or Indonesian), an alias or a code.\n\n"
            "Example: bilateral search guinea"
        ),
        "id": (
            "Cari mitra dengan bagian nama (Inggris atau Indonesia), alias, atau kode.\n\n"
            "Contoh: bilateral search guinea"
        ),
    },
    "help.search_text": {
        "en": "Text to look for (several words need no quotes).",
        "id": "Teks yang dicari (beberapa kata tidak perlu tanda kutip).",
    },
    "compare.reported": {
        "en": "{name}: reported {reported} {cite}; computed {computed}{d}, difference "
        "{difference}{d}",
        "id": "{name}: terbitan {reported} {cite}; hasil hitung {computed}{d}, selisih "
        "{difference}{d}",
    },
    "compare.shown": {
        "en": "{shown} of {count} {units}, sorted by {sort}.",
        "id": "{shown} dari {count} {units}, diurutkan menurut {sort}.",
    },
    "compare.below_min": {
        "en": " {count} under USD {value} million in {end} left out (--min-value 0 shows them).",
        "id": " {count} di bawah USD {value} juta pada {end} tidak ditampilkan (--min-value 0 "
        "menampilkannya).",
    },
    "compare.sort.value": {"en": "value in {end}", "id": "nilai {end}"},
    "compare.sort.growth": {
        "en": "growth ({rank}: by value in {end})",
        "id": "pertumbuhan ({rank}: menurut nilai {end})",
    },
    "compare.sort.name": {"en": "name", "id": "nama"},
    "compare.negative": {
        "en": "Chart: ◀ marks a deficit, drawn to the same scale.",
        "id": "Grafik: ◀ menandai defisit, digambar dengan skala yang sama.",
    },
    "error.top": {
        "en": "--top takes a number of rows, or all (or 0) for every row; not {value}.",
        "id": "--top menerima jumlah baris, atau all (atau 0) untuk semua baris; bukan {value}.",
    },
    "help.min_value": {
        "en": (
            "Leave out rows under this many USD million in the later year (default 100 with "
            "--sort growth over many partners)."
        ),
        "id": (
            "Abaikan baris di bawah sekian juta USD pada tahun kedua (bawaan 100 dengan "
            "--sort growth atas banyak mitra)."
        ),
    },
    "world.title": {
        "en": "{home}'s trade with the world, USD million (exports = {home}'s exports)",
        "id": "Perdagangan {home} dengan dunia, juta USD (ekspor = ekspor {home})",
    },
    "world.note": {
        "en": (
            "Series: {source}. {d} derived by bilateral from the series. Balance < 0: {home}'s "
            "deficit. By region: bilateral compare --by region."
        ),
        "id": (
            "Seri: {source}. {d} dihitung oleh bilateral dari seri. Neraca < 0: defisit "
            "{home}. Per kawasan: bilateral compare --by region."
        ),
    },
    "error.home": {
        "en": (
            "{query} is {home} itself, whose partners this tool describes. Its trade with the "
            "world: bilateral show world; by region: bilateral compare --by region."
        ),
        "id": (
            "{query} adalah {home} sendiri, yang mitranya diuraikan alat ini. Perdagangannya "
            "dengan dunia: bilateral show world; per kawasan: bilateral compare --by region."
        ),
    },
    "error.ambiguous_partner": {
        "en": (
            "{query} names more than one partner: {names}. Name one of them (a name of several "
            'words may be quoted: "{first}").'
        ),
        "id": (
            "{query} merujuk ke lebih dari satu mitra: {names}. Sebutkan salah satunya (nama "
            'beberapa kata boleh diberi tanda kutip: "{first}").'
        ),
    },
    "error.unknown_region_suggest": {
        "en": "Unknown region {query}. Did you mean: {names}? Valid regions: {valid}.",
        "id": "Kawasan tidak dikenal: {query}. Maksud Anda: {names}? Kawasan yang sah: {valid}.",
    },
    "version.data": {
        "en": "bundled data: UN Comtrade {first}-{last}, relations table of {relations}",
        "id": "data bawaan: UN Comtrade {first}-{last}, tabel hubungan per {relations}",
    },
    "list.title_query": {
        "en": '{home}\'s partners whose names or codes contain "{query}"',
        "id": 'Mitra {home} yang nama atau kodenya memuat "{query}"',
    },
    "sources.full": {
        "en": "Full references, URLs and licences: bilateral sources.",
        "id": "Rujukan lengkap, URL, dan lisensi: bilateral sources.",
    },
    "help.no_pager": {
        "en": (
            "Never page long output (otherwise, on a terminal, it goes through BILATERAL_PAGER, "
            "PAGER or less, as git does)."
        ),
        "id": (
            "Jangan pernah menampilkan keluaran panjang melalui pager (jika tidak, di terminal "
            "keluaran melewati BILATERAL_PAGER, PAGER, atau less, seperti git)."
        ),
    },
    "brief.trade": {"en": "Trade {year}", "id": "Perdagangan {year}"},
    "brief.change": {"en": "{change} on {year}", "id": "{change} dari {year}"},
    "brief.groups": {"en": "Groups with {home}", "id": "Kelompok bersama {home}"},
    "brief.agreements": {"en": "Agreements", "id": "Perjanjian"},
    "brief.none": {"en": "none in the dataset", "id": "tidak ada dalam dataset"},
    "brief.more": {
        "en": "The full profile, with every source: bilateral show {id}",
        "id": "Profil lengkap, dengan semua sumber: bilateral show {id}",
    },
    "help.brief": {
        "en": "Only the essentials, one line each (table and Markdown).",
        "id": "Hanya hal pokok, satu baris masing-masing (tabel dan Markdown).",
    },
    "kind_short.territory": {"en": "territory", "id": "wilayah"},
    "kind_short.former": {"en": "former", "id": "bekas"},
    "kind_short.other": {"en": "non-state", "id": "non-negara"},
}


def tr(key: str, lang: str, /, **values: object) -> str:
    """The message `key` in `lang`, with its placeholders filled."""
    return MESSAGES[key][lang].format(**values)


class Message(NamedTuple):
    """A message by catalog key, rendered in a language only when shown."""

    key: str
    values: tuple[tuple[str, object], ...] = ()

    def render(self, lang: str) -> str:
        values = {k: v.render(lang) if isinstance(v, Message) else v for k, v in self.values}
        return tr(self.key, lang, **values)


def msg(key: str, /, **values: object) -> Message:
    return Message(key, tuple(values.items()))
