//! Python bindings of mtnorm: `mtnorm._mtnorm`, re-exported by the pure-Python package `mtnorm`.
//!
//! One class, `Normalizer`, mirrors the Rust `NormalizerBuilder` (language, disable, enable,
//! removals, dictionary_dir). `normalize` and `normalize_batch` give `(text, report)` with the
//! report as plain Python data; `fix` and `fix_batch` give the text alone. The batch methods
//! release the GIL and spread the documents over a rayon pool, keeping their order.

use mtnorm::config::Removals;
use mtnorm::{ErrorKind, Normalized, Normalizer};
use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyPermissionError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple, PyType};
use rayon::prelude::*;
use std::path::PathBuf;

/// Cleans machine-translated and scraped news text.
///
/// Normalizer(language=None, disable=(), enable=(), removals="remove", dictionary_dir=None)
///
/// language: ISO 639-1 code ("en", "de", ...) to use instead of detecting it per document.
/// disable: rule ids ("unicode.nbsp") or whole stages ("teaser") to switch off.
/// enable: rules to switch on, including rules that are off by default; wins over disable.
/// removals: "remove" deletes artifact lines; "report" keeps them and only flags them.
/// dictionary_dir: a folder (or a list of folders) of user dictionaries, read after the
///     built-in ones.
///
/// Raises ValueError for an unknown rule, language or removals value, and OSError
/// (FileNotFoundError for a missing folder) when a dictionary folder cannot be read.
///
/// One normalizer serves every thread: all methods take no lock and the batch methods release
/// the GIL. It pickles as its constructor arguments, so it can be shipped to Spark or
/// multiprocessing workers, which rebuild it.
#[pyclass(frozen, module = "mtnorm", name = "Normalizer")]
struct PyNormalizer {
    inner: Normalizer,
    language: Option<String>,
    disable: Vec<String>,
    enable: Vec<String>,
    removals: Removals,
    dictionary_dir: Vec<PathBuf>,
}

/// `mtnorm::Error` to the closest Python exception, keeping the library's message.
fn to_py_err(e: mtnorm::Error) -> PyErr {
    let message = e.to_string();
    match e.kind() {
        ErrorKind::Io { source, .. } => match source.kind() {
            std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(message),
            std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(message),
            _ => PyOSError::new_err(message),
        },
        // Config (unknown rule, language, bad value) and Dictionary (a malformed user
        // dictionary line) are bad values; so is anything added to the non-exhaustive kind later.
        _ => PyValueError::new_err(message),
    }
}

fn removals_name(r: Removals) -> &'static str {
    match r {
        Removals::Remove => "remove",
        Removals::Report => "report",
    }
}

/// A string is one name, any other iterable is a list of names (so `disable="teaser"` works).
fn names(arg: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Vec<String>> {
    let Some(arg) = arg.filter(|a| !a.is_none()) else {
        return Ok(Vec::new());
    };
    if let Ok(s) = arg.cast::<PyString>() {
        return Ok(vec![s.to_string()]);
    }
    let iter = arg
        .try_iter()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be a string or an iterable of strings")))?;
    iter.map(|item| {
        item?
            .extract::<String>()
            .map_err(|_| PyTypeError::new_err(format!("{what} must be a string or an iterable of strings")))
    })
    .collect()
}

/// A path-like is one folder, any other iterable is a list of folders.
fn paths(arg: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<PathBuf>> {
    let Some(arg) = arg.filter(|a| !a.is_none()) else {
        return Ok(Vec::new());
    };
    if let Ok(p) = arg.extract::<PathBuf>() {
        return Ok(vec![p]);
    }
    let err = || PyTypeError::new_err("dictionary_dir must be a path or an iterable of paths");
    arg.try_iter()
        .map_err(|_| err())?
        .map(|item| item?.extract::<PathBuf>().map_err(|_| err()))
        .collect()
}

/// The documents of a batch: any iterable of str (list, tuple, generator, pandas Series).
fn texts(arg: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if arg.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a single str",
        ));
    }
    arg.try_iter()?
        .enumerate()
        .map(|(i, item)| {
            let item = item?;
            item.cast::<PyString>()
                .map_err(|_| {
                    PyTypeError::new_err(format!(
                        "texts[{i}] is {}, not str",
                        item.get_type().name().map(|n| n.to_string()).unwrap_or_default()
                    ))
                })?
                .to_cow()
                .map(|s| s.into_owned())
        })
        .collect()
}

/// The report of one document as JSON, to become Python data with `json.loads`.
///
/// Why JSON and not a hand-built dict or pythonize: the report types are already
/// `serde::Serialize` and this is exactly what the CLI writes with `--report-field`, so the
/// Python report has the same fields, the same names and the same numbers as every other
/// mtnorm output, and follows any field the library adds without a change here. The string is
/// made off the GIL (inside the rayon pool for batches) and `json.loads` is C code, so the cost
/// is small next to normalization (see python/bench_batch.py), and there is no extra dependency
/// tied to the PyO3 version. Confidences are f32 in Rust; through JSON they arrive as the short
/// decimal (0.9), not as its widened f64 (0.8999999761581421).
fn report_json(out: &Normalized) -> String {
    serde_json::to_string(&out.report()).expect("a report always serializes")
}

/// Runs `f` over `items` in order, on `threads` threads (`None`: the global pool, all cores).
fn run_parallel<T, R, F>(items: &[T], threads: Option<usize>, f: F) -> PyResult<Vec<R>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(1) => Ok(items.iter().map(f).collect()),
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyOSError::new_err(format!("cannot start {n} threads: {e}")))?;
            Ok(pool.install(|| items.par_iter().map(f).collect()))
        }
        None => Ok(items.par_iter().map(f).collect()),
    }
}

impl PyNormalizer {
    fn pair<'py>(
        py: Python<'py>,
        loads: &Bound<'py, PyAny>,
        text: String,
        report: String,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let report = loads.call1((report,))?;
        PyTuple::new(py, [PyString::new(py, &text).into_any(), report])
    }
}

#[pymethods]
impl PyNormalizer {
    #[new]
    #[pyo3(signature = (language=None, disable=None, enable=None, removals="remove", dictionary_dir=None))]
    fn new(
        py: Python<'_>,
        language: Option<String>,
        disable: Option<&Bound<'_, PyAny>>,
        enable: Option<&Bound<'_, PyAny>>,
        removals: &str,
        dictionary_dir: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let disable = names(disable, "disable")?;
        let enable = names(enable, "enable")?;
        let dictionary_dir = paths(dictionary_dir)?;
        let removals = match removals {
            "remove" => Removals::Remove,
            "report" => Removals::Report,
            other => {
                return Err(PyValueError::new_err(format!(
                    "removals must be \"remove\" or \"report\", not {other:?}"
                )))
            }
        };
        let mut builder = Normalizer::builder().removals(removals);
        if let Some(code) = &language {
            builder = builder.language(code.clone());
        }
        for rule in &disable {
            builder = builder.disable(rule.clone());
        }
        for rule in &enable {
            builder = builder.enable(rule.clone());
        }
        for dir in &dictionary_dir {
            builder = builder.dictionary_dir(dir.clone());
        }
        // Building reads the dictionaries (tens of milliseconds): let other threads run.
        let inner = py.detach(|| builder.build()).map_err(to_py_err)?;
        Ok(PyNormalizer {
            inner,
            language,
            disable,
            enable,
            removals,
            dictionary_dir,
        })
    }

    /// normalize(text) -> (text, report)
    ///
    /// Cleans one document. The report is a dict of plain Python data, the same as the CLI's
    /// `--report-field`: {"language": {...} or None, "edits": [...], "flags": [...]}. Each edit
    /// has span {"start", "end"}, before, after, output_span, kind, rule, confidence (and "also"
    /// when several rules were merged). Spans are UTF-8 byte offsets into the input (see
    /// mtnorm.apply_edits).
    fn normalize<'py>(&self, py: Python<'py>, text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyTuple>> {
        let input = text.to_cow()?;
        let (clean, report) = py.detach(|| {
            let out = self.inner.normalize(&input);
            let report = report_json(&out);
            (out.text, report)
        });
        let loads = py.import("json")?.getattr("loads")?;
        Self::pair(py, &loads, clean, report)
    }

    /// normalize_batch(texts, threads=None) -> list[(text, report)]
    ///
    /// Cleans many documents in parallel without holding the GIL, in input order. threads:
    /// how many threads (default: all cores; 1 runs in the calling thread).
    #[pyo3(signature = (texts, threads=None))]
    fn normalize_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let inputs = self::texts(texts)?;
        let outputs = py.detach(|| {
            run_parallel(&inputs, threads, |input| {
                let out = self.inner.normalize(input);
                let report = report_json(&out);
                (out.text, report)
            })
        })?;
        drop(inputs);
        let loads = py.import("json")?.getattr("loads")?;
        let pairs = outputs
            .into_iter()
            .map(|(text, report)| Self::pair(py, &loads, text, report))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, pairs)
    }

    /// fix(text) -> str
    ///
    /// The clean text alone, as `mtnorm fix` writes it (skips building the report).
    fn fix(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<String> {
        let input = text.to_cow()?;
        Ok(py.detach(|| self.inner.normalize(&input).text))
    }

    /// fix_batch(texts, threads=None) -> list[str]
    ///
    /// The clean texts alone, in parallel without holding the GIL, in input order.
    #[pyo3(signature = (texts, threads=None))]
    fn fix_batch(&self, py: Python<'_>, texts: &Bound<'_, PyAny>, threads: Option<usize>) -> PyResult<Vec<String>> {
        let inputs = self::texts(texts)?;
        py.detach(|| run_parallel(&inputs, threads, |input| self.inner.normalize(input).text))
    }

    /// rules() -> list[dict]
    ///
    /// Every rule, as `mtnorm rules` lists them: id, description, default_on, and on (whether
    /// it runs in this normalizer).
    fn rules<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner
            .rules()
            .into_iter()
            .map(|(rule, on)| {
                let d = PyDict::new(py);
                d.set_item("id", rule.id)?;
                d.set_item("description", rule.description)?;
                d.set_item("default_on", rule.default_on)?;
                d.set_item("on", on)?;
                Ok(d)
            })
            .collect()
    }

    /// The configured language code, or None when it is detected per document.
    #[getter]
    fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// The rules and stages switched off, as given.
    #[getter]
    fn disable(&self) -> Vec<String> {
        self.disable.clone()
    }

    /// The rules and stages switched on, as given.
    #[getter]
    fn enable(&self) -> Vec<String> {
        self.enable.clone()
    }

    /// "remove" or "report".
    #[getter]
    fn removals(&self) -> &'static str {
        removals_name(self.removals)
    }

    /// The user dictionary folders, as strings.
    #[getter]
    fn dictionary_dir(&self) -> Vec<String> {
        self.dictionary_dir
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect()
    }

    /// Pickles as the constructor and its arguments: the unpickling process rebuilds the
    /// normalizer (dictionary folders must exist there too).
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyType>,
        (Option<String>, Vec<String>, Vec<String>, &'static str, Vec<PathBuf>),
    )> {
        let this = slf.get();
        Ok((
            slf.get_type(),
            (
                this.language.clone(),
                this.disable.clone(),
                this.enable.clone(),
                removals_name(this.removals),
                this.dictionary_dir.clone(),
            ),
        ))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        // Python's own repr of each argument, so the repr reads as the call that rebuilds it.
        let repr = |value: Bound<'_, PyAny>| -> PyResult<String> { Ok(value.repr()?.to_string()) };
        let dirs = self.dictionary_dir();
        Ok(format!(
            "Normalizer(language={}, disable={}, enable={}, removals={}, dictionary_dir={})",
            repr(self.language.clone().into_pyobject(py)?)?,
            repr(PyList::new(py, &self.disable)?.into_any())?,
            repr(PyList::new(py, &self.enable)?.into_any())?,
            repr(PyString::new(py, removals_name(self.removals)).into_any())?,
            if dirs.is_empty() {
                "None".to_owned()
            } else {
                repr(PyList::new(py, dirs)?.into_any())?
            },
        ))
    }
}

/// Native part of the mtnorm package; import `mtnorm`, not this module.
#[pymodule]
mod _mtnorm {
    #[pymodule_export]
    use super::PyNormalizer;

    use pyo3::prelude::*;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        Ok(())
    }
}
