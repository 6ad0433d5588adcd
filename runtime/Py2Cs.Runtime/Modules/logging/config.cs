using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Py2Cs.Runtime.Modules.logging;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// logging.config (Python 2.7): fileConfig over a ConfigParser file and dictConfig over a
    /// version-1 dictionary, following CPython's algorithms step by step (the order handlers and
    /// loggers are configured in, which existing loggers get disabled, the error texts).
    /// </summary>
    [PythonModule("logging.config")]
    public static partial class loggingConfigModule
    {
        private static PyObject None => PyNone.None;

        public static readonly PyInt DEFAULT_LOGGING_CONFIG_PORT = PyInt.From(9030);
        public static readonly PyInt RESET_ERROR = PyInt.From(104);
        public static readonly PyStr IDENTIFIER = S("^[a-z_][a-z0-9_]*$");

        private static readonly Regex Identifier = new Regex("^[a-z_][a-z0-9_]*$", RegexOptions.IgnoreCase);

        /// <summary>Handlers configured by name (CPython: logging._handlers), used by incremental dictConfig.</summary>
        private static readonly Dictionary<string, PyObject> NamedHandlers = new Dictionary<string, PyObject>();

        public static PyObject valid_ident(PyObject s)
        {
            if (!Identifier.IsMatch(Text(s))) throw Ops.ValueError("Not a valid Python identifier: " + Ops.Repr(s));
            return PyBool.True;
        }

        private static PyObject Logging => Importer.ImportModule("logging");
        private static PyObject Handlers => Importer.ImportModule("logging.handlers");

        /// <summary>_resolve / BaseConfigurator.resolve: import the dotted name piece by piece.</summary>
        private static PyObject Resolve(string dotted)
        {
            string[] parts = dotted.Split('.');
            string used = parts[0];
            PyObject found = Importer.ImportModule(used);
            for (int i = 1; i < parts.Length; i++)
            {
                used += "." + parts[i];
                PyObject next = Ops.GetAttrOrNull(found, PyStr.Intern(parts[i]));
                if (next == null)
                {
                    Importer.ImportModule(used);
                    next = Ops.GetAttr(found, PyStr.Intern(parts[i]));
                }
                found = next;
            }
            return found;
        }

        /// <summary>vars(logging) as fileConfig's eval sees it: the module's names plus the modules it imports.</summary>
        private static PyDict LoggingNamespace()
        {
            var ns = new PyDict();
            foreach (var kv in ((PyDict)Get(Logging, "__dict__")).Items()) ns.SetItem(kv.Key, kv.Value);
            foreach (string m in new[] { "sys", "os", "time", "traceback", "warnings", "codecs" })
                if (ns.GetStr(m) == null) ns.SetStr(m, Importer.ImportModule(m));
            ns.SetStr("handlers", Handlers);
            return ns;
        }

        private static List<string> SplitKeys(string list) => list.Split(',').Select(x => x.Trim()).ToList();

        // ---------------------------------------------------------------- fileConfig

        public static PyObject fileConfig(PyObject fname, PyObject defaults = null, PyObject disable_existing_loggers = null)
        {
            bool disableExisting = disable_existing_loggers == null || Ops.IsTrue(disable_existing_loggers);
            PyObject cp = Ops.Call(Get(Importer.ImportModule("ConfigParser"), "ConfigParser"), defaults ?? None);
            if (Has(fname, "readline")) Call(cp, "readfp", fname);
            else Call(cp, "read", fname);
            PyDict formatters = CreateFormatters(cp);
            lock (LoggingCore.HandlerList)
            {
                LoggingCore.HandlerList.Clear();
                NamedHandlers.Clear();
                LoggingCore.NamedHandlers.Clear();
            }
            PyDict handlers = InstallHandlers(cp, formatters);
            InstallLoggers(cp, handlers, disableExisting);
            return None;
        }

        private static string CpGet(PyObject cp, string section, string option, bool raw = false) =>
            Text(raw ? Call(cp, "get", S(section), S(option), PyInt.From(1)) : Call(cp, "get", S(section), S(option)));

        private static bool HasOption(PyObject cp, string section, string option) =>
            Ops.In(S(option), Call(cp, "options", S(section)));

        private static PyDict CreateFormatters(PyObject cp)
        {
            var formatters = new PyDict();
            string flist = CpGet(cp, "formatters", "keys");
            if (flist.Length == 0) return formatters;
            foreach (string form in SplitKeys(flist))
            {
                string sect = "formatter_" + form;
                PyObject fs = HasOption(cp, sect, "format") ? S(CpGet(cp, sect, "format", raw: true)) : None;
                PyObject dfs = HasOption(cp, sect, "datefmt") ? S(CpGet(cp, sect, "datefmt", raw: true)) : None;
                PyObject c = LoggingCore.Formatter;
                if (HasOption(cp, sect, "class"))
                {
                    string className = CpGet(cp, sect, "class");
                    if (className.Length > 0) c = Resolve(className);
                }
                formatters.SetItem(S(form), Ops.Call(c, fs, dfs));
            }
            return formatters;
        }

        private static PyDict InstallHandlers(PyObject cp, PyDict formatters)
        {
            var handlers = new PyDict();
            string hlist = CpGet(cp, "handlers", "keys");
            if (hlist.Length == 0) return handlers;
            var fixups = new List<(PyObject Handler, string Target)>();
            PyDict ns = LoggingNamespace();
            foreach (string hand in SplitKeys(hlist))
            {
                string sect = "handler_" + hand;
                string className = CpGet(cp, sect, "class");
                string fmt = HasOption(cp, sect, "formatter") ? CpGet(cp, sect, "formatter") : "";
                PyObject klass;
                try { klass = Builtins.Eval(S(className), ns); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.AttributeError) || e.Matches(PyExceptionTypes.NameError))
                {
                    klass = Resolve(className);
                }
                PyObject args = Builtins.Eval(S(CpGet(cp, sect, "args")), ns);
                PyObject h = Ops.Call(klass, Items(args).ToArray());
                if (HasOption(cp, sect, "level")) Call(h, "setLevel", Ops.GetItem(LoggingCore.LevelNames, S(CpGet(cp, sect, "level"))));
                if (fmt.Length > 0) Call(h, "setFormatter", Ops.GetItem(formatters, S(fmt)));
                if (Ops.IsSubclass(klass, Get(Handlers, "MemoryHandler")))
                {
                    string target = HasOption(cp, sect, "target") ? CpGet(cp, sect, "target") : "";
                    if (target.Length > 0) fixups.Add((h, target));
                }
                handlers.SetItem(S(hand), h);
            }
            foreach (var (h, t) in fixups) Call(h, "setTarget", Ops.GetItem(handlers, S(t)));
            return handlers;
        }

        private static void InstallLoggers(PyObject cp, PyDict handlers, bool disableExisting)
        {
            List<string> llist = SplitKeys(CpGet(cp, "loggers", "keys"));
            if (!llist.Remove("root")) throw Ops.ValueError("list.remove(x): x not in list");
            PyObject root = loggingModule.root;
            const string rootSect = "logger_root";
            if (HasOption(cp, rootSect, "level")) Call(root, "setLevel", Ops.GetItem(LoggingCore.LevelNames, S(CpGet(cp, rootSect, "level"))));
            foreach (PyObject h in Items(Get(root, "handlers"))) Call(root, "removeHandler", h);
            string rootHandlers = CpGet(cp, rootSect, "handlers");
            if (rootHandlers.Length > 0)
                foreach (string hand in SplitKeys(rootHandlers)) Call(root, "addHandler", Ops.GetItem(handlers, S(hand)));

            PyObject loggerDict = Get(Get(root, "manager"), "loggerDict");
            List<string> existing = Items(loggerDict).Select(Text).OrderBy(x => x, System.StringComparer.Ordinal).ToList();
            var childLoggers = new HashSet<string>();
            foreach (string log in llist)
            {
                string sect = "logger_" + log;
                string qn = CpGet(cp, sect, "qualname");
                PyObject propagate = HasOption(cp, sect, "propagate") ? Call(cp, "getint", S(sect), S("propagate")) : PyInt.From(1);
                PyObject logger = loggingModule.getLogger(S(qn));
                int index = existing.IndexOf(qn);
                if (index >= 0)
                {
                    string prefixed = qn + ".";
                    for (int i = index + 1; i < existing.Count; i++)
                        if (existing[i].StartsWith(prefixed, System.StringComparison.Ordinal)) childLoggers.Add(existing[i]);
                    existing.RemoveAt(index);
                }
                if (HasOption(cp, sect, "level")) Call(logger, "setLevel", Ops.GetItem(LoggingCore.LevelNames, S(CpGet(cp, sect, "level"))));
                foreach (PyObject h in Items(Get(logger, "handlers"))) Call(logger, "removeHandler", h);
                Set(logger, "propagate", propagate);
                Set(logger, "disabled", PyInt.From(0));
                string hlist = CpGet(cp, sect, "handlers");
                if (hlist.Length > 0)
                    foreach (string hand in SplitKeys(hlist)) Call(logger, "addHandler", Ops.GetItem(handlers, S(hand)));
            }
            foreach (string log in existing)
            {
                PyObject logger = Ops.GetItem(loggerDict, S(log));
                if (childLoggers.Contains(log))
                {
                    Set(logger, "level", PyInt.From(0));
                    Set(logger, "handlers", new PyList());
                    Set(logger, "propagate", PyInt.From(1));
                }
                else Set(logger, "disabled", PyBool.From(disableExisting));
            }
        }

        // ---------------------------------------------------------------- dictConfig

        public static PyObject dictConfig(PyObject config)
        {
            new DictConfigurator(config).Configure();
            return None;
        }

        /// <summary>
        /// DictConfigurator: the configuration is copied with <c>ext://</c> and <c>cfg://</c> strings
        /// converted (CPython converts lazily on access; the results are the same for valid configurations).
        /// A <c>cfg://</c> reference to a container that is itself being converted (e.g. a handler whose
        /// stream is <c>cfg://handlers</c>) gets the container unconverted instead of recursing forever.
        /// </summary>
        private sealed class DictConfigurator
        {
            private static readonly Regex ConvertPattern = new Regex(@"^(?<prefix>[a-z]+)://(?<suffix>.*)$", RegexOptions.Singleline);
            private static readonly Regex WordPattern = new Regex(@"^\s*(\w+)\s*");
            private static readonly Regex DotPattern = new Regex(@"^\.\s*(\w+)\s*");
            private static readonly Regex IndexPattern = new Regex(@"^\[\s*(\w+)\s*\]\s*");
            private static readonly Regex DigitPattern = new Regex(@"^\d+$");

            private readonly PyObject original;
            private readonly PyDict config;

            public DictConfigurator(PyObject config)
            {
                original = config;
                // 2.7 converts on access, so a bad reference fails inside the "Unable to configure ..."
                // wrapping of the item that uses it: the top level and the sections are copied here, each
                // item is converted when it is configured.
                this.config = new PyDict();
                foreach (PyObject key in Items(Call(config, "keys")))
                {
                    PyObject value = Ops.GetItem(config, key);
                    if (value is PyDict || IsMapping(value))
                    {
                        var section = new PyDict();
                        foreach (PyObject k in Items(Call(value, "keys"))) section.SetItem(k, Ops.GetItem(value, k));
                        value = section;
                    }
                    else value = Convert(value);
                    this.config.SetItem(key, value);
                }
            }

            private static bool IsMapping(PyObject o) => o is PyDict || Has(o, "iteritems") && Has(o, "keys") && !(o is PyType);

            private readonly HashSet<PyObject> converting = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);

            private PyObject Convert(PyObject value)
            {
                bool container = value is PyDict || value is PyList || (value is PyTuple && value.Type == PyTuple.TypeObject) || IsMapping(value);
                if (!container) return ConvertScalar(value);
                if (!converting.Add(value)) return value;
                try { return ConvertContainer(value); }
                finally { converting.Remove(value); }
            }

            private PyObject ConvertContainer(PyObject value)
            {
                if (value is PyDict || (IsMapping(value) && !(value is PyList)))
                {
                    var copy = new PyDict();
                    foreach (PyObject key in Items(Call(value, "keys"))) copy.SetItem(key, Convert(Ops.GetItem(value, key)));
                    return copy;
                }
                if (value is PyList list) return PyList.FromArray(Items(list).Select(Convert).ToArray());
                return PyTuple.Create(Items(value).Select(Convert).ToArray());
            }

            private PyObject ConvertScalar(PyObject value)
            {
                if (IsString(value))
                {
                    Match m = ConvertPattern.Match(Text(value));
                    if (m.Success)
                    {
                        string prefix = m.Groups["prefix"].Value, suffix = m.Groups["suffix"].Value;
                        if (prefix == "ext") return ExtConvert(suffix);
                        if (prefix == "cfg") return Convert(CfgConvert(suffix));
                    }
                }
                return value;
            }

            private static PyObject ExtConvert(string name) => ResolveOrValueError(name);

            /// <summary>BaseConfigurator.resolve: an ImportError becomes ValueError("Cannot resolve ...").</summary>
            private static PyObject ResolveOrValueError(string name)
            {
                try { return Resolve(name); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.ImportError))
                {
                    throw Ops.ValueError("Cannot resolve " + Ops.Repr(S(name)) + ": " + Ops.Str(e.Value));
                }
            }

            private PyObject CfgConvert(string value)
            {
                string rest = value;
                Match m = WordPattern.Match(rest);
                if (!m.Success) throw Ops.ValueError("Unable to convert " + Ops.Repr(S(value)));
                rest = rest.Substring(m.Length);
                PyObject d = Ops.GetItem(original, S(m.Groups[1].Value));
                while (rest.Length > 0)
                {
                    m = DotPattern.Match(rest);
                    if (m.Success) d = Ops.GetItem(d, S(m.Groups[1].Value));
                    else
                    {
                        m = IndexPattern.Match(rest);
                        if (!m.Success) throw Ops.ValueError("Unable to convert " + Ops.Repr(S(value)) + " at " + Ops.Repr(S(rest)));
                        string idx = m.Groups[1].Value;
                        if (!DigitPattern.IsMatch(idx)) d = Ops.GetItem(d, S(idx));
                        else
                        {
                            try { d = Ops.GetItem(d, PyInt.From(long.Parse(idx))); }
                            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError)) { d = Ops.GetItem(d, S(idx)); }
                        }
                    }
                    rest = rest.Substring(m.Length);
                }
                return d;
            }

            private static PyDict CopyOf(PyDict d)
            {
                var copy = new PyDict();
                foreach (var kv in d.Items()) copy.SetItem(kv.Key, kv.Value);
                return copy;
            }

            private static PyDict Section(PyDict config, string key) => config.GetStr(key) as PyDict ?? new PyDict();

            private static PyObject Pop(PyDict d, string key, PyObject fallback)
            {
                PyObject v = d.GetStr(key);
                if (v == null) return fallback;
                Ops.DelItem(d, S(key));
                return v;
            }

            private static bool IsStandardError(PythonException e) => e.Matches(PyExceptionTypes.StandardError);

            private static string Message(PythonException e) => Text(Ops.Str(e.Value));

            private static List<PyObject> Keys(PyDict d) => Items(d.Keys());

            public void Configure()
            {
                PyObject version = config.GetStr("version");
                if (version == null) throw Ops.ValueError("dictionary doesn't specify a version");
                if (!Ops.Eq(version, PyInt.From(1))) throw Ops.ValueError("Unsupported version: " + Text(Ops.Str(version)));
                bool incremental = Ops.IsTrue(Pop(config, "incremental", PyBool.False));
                if (incremental) ConfigureIncremental();
                else ConfigureAll();
            }

            private void ConfigureIncremental()
            {
                PyDict handlers = Section(config, "handlers");
                foreach (PyObject name in Keys(handlers))
                {
                    if (!NamedHandlers.TryGetValue(Text(name), out PyObject handler))
                        throw Ops.ValueError("No handler found with name " + Ops.Repr(name));
                    PyObject level = (Convert(Ops.GetItem(handlers, name)) as PyDict)?.GetStr("level");
                    if (level != null && Ops.IsTrue(level)) Call(handler, "setLevel", LoggingCore.CheckLevel(level));
                }
                PyDict loggers = Section(config, "loggers");
                foreach (PyObject name in Keys(loggers))
                {
                    try { ConfigureLogger(name, (PyDict)Convert(Ops.GetItem(loggers, name)), true); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to configure logger " + Ops.Repr(name) + ": " + Message(e));
                    }
                }
                if (config.GetStr("root") is PyDict root)
                {
                    try { CommonLoggerConfig(loggingModule.root, (PyDict)Convert(root), true); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to configure root logger: " + Message(e));
                    }
                }
            }

            private void ConfigureAll()
            {
                bool disableExisting = Ops.IsTrue(Pop(config, "disable_existing_loggers", PyBool.True));
                lock (LoggingCore.HandlerList)
                {
                    LoggingCore.HandlerList.Clear();
                    NamedHandlers.Clear();
                    LoggingCore.NamedHandlers.Clear();
                }
                PyDict formatters = Section(config, "formatters");
                foreach (PyObject name in Keys(formatters))
                {
                    try { formatters.SetItem(name, ConfigureFormatter((PyDict)Convert(Ops.GetItem(formatters, name)))); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to configure formatter " + Ops.Repr(name) + ": " + Message(e));
                    }
                }
                PyDict filters = Section(config, "filters");
                foreach (PyObject name in Keys(filters))
                {
                    try { filters.SetItem(name, ConfigureFilter((PyDict)Convert(Ops.GetItem(filters, name)))); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to configure filter " + Ops.Repr(name) + ": " + Message(e));
                    }
                }
                PyDict handlers = Section(config, "handlers");
                // Sorted so that MemoryHandler targets are usually configured first; the rest are deferred.
                var deferred = new List<PyObject>();
                foreach (PyObject name in Keys(handlers).OrderBy(Text, System.StringComparer.Ordinal))
                {
                    try { ConfigureNamedHandler(handlers, name); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        if (Message(e).Contains("target not configured yet")) deferred.Add(name);
                        else throw Ops.ValueError("Unable to configure handler " + Ops.Repr(name) + ": " + Message(e));
                    }
                }
                foreach (PyObject name in deferred)
                {
                    try { ConfigureNamedHandler(handlers, name); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to configure handler " + Ops.Repr(name) + ": " + Message(e));
                    }
                }

                PyObject root = loggingModule.root;
                PyObject loggerDict = Get(Get(root, "manager"), "loggerDict");
                List<string> existing = Items(loggerDict).Select(Text).OrderBy(x => x, System.StringComparer.Ordinal).ToList();
                var childLoggers = new HashSet<string>();
                PyDict loggers = Section(config, "loggers");
                foreach (PyObject name in Keys(loggers))
                {
                    string n = Text(name);
                    int index = existing.IndexOf(n);
                    if (index >= 0)
                    {
                        string prefixed = n + ".";
                        for (int i = index + 1; i < existing.Count && existing[i].StartsWith(prefixed, System.StringComparison.Ordinal); i++)
                            childLoggers.Add(existing[i]);
                        existing.RemoveAt(index);
                    }
                    try { ConfigureLogger(name, (PyDict)Convert(Ops.GetItem(loggers, name)), false); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to configure logger " + Ops.Repr(name) + ": " + Message(e));
                    }
                }
                foreach (string log in existing)
                {
                    PyObject logger = Ops.GetItem(loggerDict, S(log));
                    if (childLoggers.Contains(log))
                    {
                        Set(logger, "level", PyInt.From(0));
                        Set(logger, "handlers", new PyList());
                        Set(logger, "propagate", PyBool.True);
                    }
                    else if (disableExisting) Set(logger, "disabled", PyBool.True);
                }
                if (config.GetStr("root") is PyDict rootConfig)
                {
                    try { CommonLoggerConfig(root, (PyDict)Convert(rootConfig), false); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to configure root logger: " + Message(e));
                    }
                }
            }

            private void ConfigureNamedHandler(PyDict handlers, PyObject name)
            {
                PyObject spec = Convert(Ops.GetItem(handlers, name));
                if (!(spec is PyDict d)) return;
                PyObject handler = ConfigureHandler(CopyOf(d));
                Set(handler, "name", name);
                handlers.SetItem(name, handler);
                NamedHandlers[Text(name)] = handler;
            }

            private PyObject ConfigureFormatter(PyDict c)
            {
                if (c.GetStr("()") != null)
                {
                    PyObject factory = c.GetStr("()");
                    try { return ConfigureCustom(CopyOf(c)); }
                    catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError) && Message(e).Contains("'format'"))
                    {
                        var retry = CopyOf(c);
                        retry.SetStr("fmt", Pop(retry, "format", None));
                        retry.SetStr("()", factory);
                        return ConfigureCustom(retry);
                    }
                }
                return Ops.Call(LoggingCore.Formatter, c.GetStr("format") ?? None, c.GetStr("datefmt") ?? None);
            }

            private PyObject ConfigureFilter(PyDict c) =>
                c.GetStr("()") != null ? ConfigureCustom(CopyOf(c)) : Ops.Call(LoggingCore.Filter, c.GetStr("name") ?? S(""));

            private void AddFilters(PyObject filterer, PyObject names)
            {
                PyDict filters = Section(config, "filters");
                foreach (PyObject f in Items(names))
                {
                    try { Call(filterer, "addFilter", Ops.GetItem(filters, f)); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to add filter " + Ops.Repr(f) + ": " + Message(e));
                    }
                }
            }

            private static PyObject Factory(PyObject c) => Ops.IsCallable(c) ? c : ResolveOrValueError(Text(c));

            private PyObject ConfigureHandler(PyDict c)
            {
                PyObject formatter = Pop(c, "formatter", None);
                if (Ops.IsTrue(formatter))
                {
                    try { formatter = Ops.GetItem(Section(config, "formatters"), formatter); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to set formatter " + Ops.Repr(formatter) + ": " + Message(e));
                    }
                }
                PyObject level = Pop(c, "level", None);
                PyObject filters = Pop(c, "filters", None);
                PyObject factory;
                if (c.GetStr("()") != null) factory = Factory(Pop(c, "()", None));
                else
                {
                    // ConvertingDict.pop's default is None, so a missing 'class' fails in resolve(None).
                    PyObject cname = Pop(c, "class", null) ?? throw Ops.AttributeError("'NoneType' object has no attribute 'split'");
                    PyObject klass = ResolveOrValueError(Text(cname));
                    if (Ops.IsSubclass(klass, Get(Handlers, "MemoryHandler")) && c.GetStr("target") != null)
                    {
                        PyObject target = c.GetStr("target");
                        try
                        {
                            PyObject th = Ops.GetItem(Section(config, "handlers"), target);
                            if (!Ops.IsInstance(th, LoggingCore.Handler))
                                throw Ops.MakeRaise(PyExceptionTypes.StandardError, S("target not configured yet"));
                            c.SetStr("target", th);
                        }
                        catch (PythonException e) when (IsStandardError(e))
                        {
                            throw Ops.ValueError("Unable to set target handler " + Ops.Repr(target) + ": " + Message(e));
                        }
                    }
                    else if (c.GetStr("mailhost") is PyList mh && Has(Handlers, "SMTPHandler") && Ops.IsSubclass(klass, Get(Handlers, "SMTPHandler")))
                        c.SetStr("mailhost", PyTuple.Create(Items(mh).ToArray()));
                    else if (c.GetStr("address") is PyList addr && Has(Handlers, "SysLogHandler") && Ops.IsSubclass(klass, Get(Handlers, "SysLogHandler")))
                        c.SetStr("address", PyTuple.Create(Items(addr).ToArray()));
                    factory = klass;
                }
                PyDict kwargs = IdentifierKwargs(c);
                PyObject result;
                try { result = CallKw(factory, new PyObject[0], kwargs); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError) && Message(e).Contains("'stream'"))
                {
                    kwargs.SetStr("strm", Pop(kwargs, "stream", None));
                    result = CallKw(factory, new PyObject[0], kwargs);
                }
                if (Ops.IsTrue(formatter)) Call(result, "setFormatter", formatter);
                if (!IsNone(level)) Call(result, "setLevel", LoggingCore.CheckLevel(level));
                if (Ops.IsTrue(filters)) AddFilters(result, filters);
                return result;
            }

            private static PyDict IdentifierKwargs(PyDict c)
            {
                var kwargs = new PyDict();
                foreach (var kv in c.Items())
                    if (Ops.IsTrue(valid_ident(kv.Key))) kwargs.SetItem(kv.Key, kv.Value);
                return kwargs;
            }

            private PyObject ConfigureCustom(PyDict c)
            {
                PyObject factory = Factory(Pop(c, "()", None));
                PyObject props = Pop(c, ".", None);
                PyObject result = CallKw(factory, new PyObject[0], IdentifierKwargs(c));
                if (props is PyDict p)
                    foreach (var kv in p.Items()) Ops.SetAttr(result, (PyStr)Ops.Str(kv.Key), kv.Value);
                return result;
            }

            private void AddHandlers(PyObject logger, PyObject names)
            {
                PyDict handlers = Section(config, "handlers");
                foreach (PyObject h in Items(names))
                {
                    try { Call(logger, "addHandler", Ops.GetItem(handlers, h)); }
                    catch (PythonException e) when (IsStandardError(e))
                    {
                        throw Ops.ValueError("Unable to add handler " + Ops.Repr(h) + ": " + Message(e));
                    }
                }
            }

            private void CommonLoggerConfig(PyObject logger, PyDict c, bool incremental)
            {
                PyObject level = c.GetStr("level");
                if (level != null && !IsNone(level)) Call(logger, "setLevel", LoggingCore.CheckLevel(level));
                if (incremental) return;
                foreach (PyObject h in Items(Get(logger, "handlers"))) Call(logger, "removeHandler", h);
                PyObject handlers = c.GetStr("handlers");
                if (handlers != null && Ops.IsTrue(handlers)) AddHandlers(logger, handlers);
                PyObject filters = c.GetStr("filters");
                if (filters != null && Ops.IsTrue(filters)) AddFilters(logger, filters);
            }

            private void ConfigureLogger(PyObject name, PyDict c, bool incremental)
            {
                PyObject logger = loggingModule.getLogger(name);
                CommonLoggerConfig(logger, c, incremental);
                PyObject propagate = c.GetStr("propagate");
                if (propagate != null && !IsNone(propagate)) Set(logger, "propagate", propagate);
            }
        }

        // ---------------------------------------------------------------- listen


    }
}
