using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The platform module (Python 2.7, platform.py 1.0.7) for POSIX systems: uname and its parts
    /// from os.uname plus `uname -p`, the distribution from /etc/*-release as 2.7's
    /// linux_distribution reads it, libc_ver by scanning the executable for GLIBC_ symbols,
    /// architecture from the file's ELF header (platform.py asks file(1) for the same facts), and
    /// the python_* functions parsed from sys.version. python_implementation() is 'CPython': the
    /// programs py2cs runs are CPython 2.7 programs, and sys.subversion / sys.version say the same.
    /// </summary>
    [PythonModule("platform")]
    public static class platformModule
    {
        public static readonly PyStr __version__ = S("1.0.7");
        public static readonly PyStr DEV_NULL = S("/dev/null");
        public static readonly PyTuple _supported_dists = PyTuple.Create(Array.ConvertAll(SupportedDists, d => (PyObject)S(d)));

        private static string[] SupportedDists => new[]
        {
            "SuSE", "debian", "fedora", "redhat", "centos", "mandrake", "mandriva", "rocks", "slackware", "yellowdog", "gentoo",
            "UnitedLinux", "turbolinux",
        };

        private static PyTuple Strings(params string[] values) => PyTuple.Create(Array.ConvertAll(values, v => (PyObject)S(v)));
        private static string Str(PyObject o) => Text(o);
        private static PyObject Sys(string name) => Ops.GetAttr(Importer.ImportModule("sys"), PyStr.Intern(name));

        // ---- uname ---------------------------------------------------------------------------------

        private static PyTuple _unameCache;

        public static PyObject uname()
        {
            if (_unameCache != null) return _unameCache;
            var u = Items(Ops.Call(Ops.GetAttr(Importer.ImportModule("os"), PyStr.Intern("uname"))));
            string system = Str(u[0]), node = Str(u[1]), release = Str(u[2]), version = Str(u[3]), machine = Str(u[4]);
            string processor = UnameCommand("-p");
            string Clean(string s) => s == "unknown" ? "" : s;
            _unameCache = Strings(Clean(system), Clean(node), Clean(release), Clean(version), Clean(machine), Clean(processor));
            return _unameCache;
        }

        /// <summary>platform._syscmd_uname: `uname OPTION`'s stripped output, '' when it fails.</summary>
        private static string UnameCommand(string option)
        {
            try
            {
                var start = new ProcessStartInfo("uname", option) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                using var process = Process.Start(start);
                string output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                return process.ExitCode != 0 ? "" : output;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
            {
                return "";
            }
        }

        public static PyObject system() => ((PyTuple)uname())[0];
        public static PyObject node() => ((PyTuple)uname())[1];
        public static PyObject release() => ((PyTuple)uname())[2];
        public static PyObject version() => ((PyTuple)uname())[3];
        public static PyObject machine() => ((PyTuple)uname())[4];
        public static PyObject processor() => ((PyTuple)uname())[5];

        public static PyObject system_alias(PyObject system, PyObject release, PyObject version)
        {
            string s = Str(system), r = Str(release), v = Str(version);
            switch (s)
            {
                case "Rhapsody": return Strings("MacOS X Server", s + r, v);
                case "SunOS":
                    if (string.CompareOrdinal(r, "5") < 0) return PyTuple.Create(system, release, version);
                    var parts = r.Split('.');
                    if (int.TryParse(parts[0], out int major)) { parts[0] = (major - 3).ToString(); r = string.Join(".", parts); }
                    return Strings("Solaris", r, v);
                case "IRIX64": return Strings("IRIX", r, v.Length > 0 ? v + " (64bit)" : "64bit");
                case "win32": case "win16": return Strings("Windows", r, v);
            }
            return PyTuple.Create(system, release, version);
        }

        // ---- distribution ---------------------------------------------------------------------------

        static readonly Regex ReleaseFilename = new(@"^(\w+)[-_](release|version)", RegexOptions.CultureInvariant);
        static readonly Regex LsbReleaseVersion = new(@"^(.+) release ([\d.]+)[^(]*(?:\((.+)\))?", RegexOptions.CultureInvariant);
        static readonly Regex ReleaseVersion = new(@"^([^0-9]+)(?: release )?([\d.]+)[^(]*(?:\((.+)\))?", RegexOptions.CultureInvariant);

        public static PyObject linux_distribution(PyObject distname = null, PyObject version = null, PyObject id = null,
            PyObject supported_dists = null, PyObject full_distribution_name = null)
        {
            string name = distname == null ? "" : Str(distname), ver = version == null ? "" : Str(version), ident = id == null ? "" : Str(id);
            var supported = new HashSet<string>();
            foreach (var d in Items(supported_dists ?? _supported_dists)) supported.Add(Str(d));
            bool full = full_distribution_name == null || Ops.IsTrue(full_distribution_name);
            string[] etc;
            try { etc = Directory.GetFileSystemEntries("/etc"); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Strings(name, ver, ident); }
            var files = new List<string>();
            foreach (var path in etc) files.Add(Path.GetFileName(path));
            files.Sort(string.CompareOrdinal);
            string found = null;
            foreach (var file in files)
            {
                var m = ReleaseFilename.Match(file);
                if (m.Success && supported.Contains(m.Groups[1].Value)) { name = m.Groups[1].Value; found = file; break; }
            }
            if (found == null) return DistTryHarder(name, ver, ident);
            string firstline;
            try
            {
                using var reader = new StreamReader("/etc/" + found, Encoding.Latin1);
                firstline = reader.ReadLine() ?? "";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Ops.EnvironmentError(PyExceptionTypes.IOError, 13, "Permission denied", S("/etc/" + found));
            }
            var (rname, rversion, rid) = ParseReleaseFile(firstline);
            if (rname.Length > 0 && full) name = rname;
            if (rversion.Length > 0) ver = rversion;
            if (rid.Length > 0) ident = rid;
            return Strings(name, ver, ident);
        }

        private static (string, string, string) ParseReleaseFile(string firstline)
        {
            var m = LsbReleaseVersion.Match(firstline);
            if (!m.Success) m = ReleaseVersion.Match(firstline);
            if (m.Success) return (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            var words = firstline.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            return ("", words.Length > 0 ? words[0] : "", words.Length > 1 ? words[1] : "");
        }

        // platform._dist_try_harder: old SuSE, Caldera OpenLinux and Slackware markers.
        private static PyObject DistTryHarder(string name, string ver, string ident)
        {
            if (File.Exists("/var/adm/inst-log/info"))
            {
                name = "SuSE";
                foreach (var line in File.ReadAllLines("/var/adm/inst-log/info", Encoding.Latin1))
                {
                    var tv = line.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
                    if (tv.Length != 2) continue;
                    if (tv[0] == "MIN_DIST_VERSION") ver = tv[1].Trim();
                    else if (tv[0] == "DIST_IDENT") { var values = tv[1].Split('-'); if (values.Length > 2) ident = values[2]; }
                }
                return Strings(name, ver, ident);
            }
            if (File.Exists("/etc/.installed"))
            {
                foreach (var line in File.ReadAllLines("/etc/.installed", Encoding.Latin1))
                {
                    var pkg = line.Split('-');
                    if (pkg.Length >= 2 && pkg[0] == "OpenLinux") return Strings("OpenLinux", pkg[1], ident);
                }
            }
            if (Directory.Exists("/usr/lib/setup"))
            {
                var versions = new List<string>();
                foreach (var path in Directory.GetFileSystemEntries("/usr/lib/setup"))
                {
                    var file = Path.GetFileName(path);
                    if (file.StartsWith("slack-version-", StringComparison.Ordinal)) versions.Add(file);
                }
                if (versions.Count > 0)
                {
                    versions.Sort(string.CompareOrdinal);
                    return Strings("slackware", versions[^1].Substring(14), ident);
                }
            }
            return Strings(name, ver, ident);
        }

        public static PyObject dist(PyObject distname = null, PyObject version = null, PyObject id = null, PyObject supported_dists = null) =>
            linux_distribution(distname, version, id, supported_dists, PyInt.From(0));

        // ---- libc_ver ---------------------------------------------------------------------------------

        static readonly Regex LibcSearch = new(@"(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)", RegexOptions.CultureInvariant);

        public static PyObject libc_ver(PyObject executable = null, PyObject lib = null, PyObject version = null, PyObject chunksize = null)
        {
            string path = Str(executable ?? Sys("executable"));
            string l = lib == null ? "" : Str(lib), v = version == null ? "" : Str(version);
            string real = Str(Ops.Call(Ops.GetAttr(Importer.ImportModule("posixpath"), PyStr.Intern("realpath")), S(path)));
            string binary;
            try { binary = Encoding.Latin1.GetString(File.ReadAllBytes(real)); }
            catch (FileNotFoundException) { throw Ops.EnvironmentError(PyExceptionTypes.IOError, 2, "No such file or directory", S(real)); }
            catch (DirectoryNotFoundException) { throw Ops.EnvironmentError(PyExceptionTypes.IOError, 2, "No such file or directory", S(real)); }
            catch (UnauthorizedAccessException) { throw Ops.EnvironmentError(PyExceptionTypes.IOError, Directory.Exists(real) ? 21 : 13, Directory.Exists(real) ? "Is a directory" : "Permission denied", S(real)); }
            if (!binary.Contains("libc", StringComparison.Ordinal) && !binary.Contains("GLIBC", StringComparison.Ordinal)) return Strings(l, v);
            for (var m = LibcSearch.Match(binary); m.Success; m = m.NextMatch())
            {
                if (m.Groups[1].Success && l.Length == 0) l = "libc";
                else if (m.Groups[2].Success)
                {
                    string glibcVersion = m.Groups[3].Value;
                    if (l != "glibc") { l = "glibc"; v = glibcVersion; }
                    else if (CompareVersions(glibcVersion, v) > 0) v = glibcVersion;
                }
                else if (m.Groups[4].Success && l != "glibc")
                {
                    l = "libc";
                    string soversion = m.Groups[6].Value, threads = m.Groups[5].Value;
                    if (soversion.Length > 0 && (v.Length == 0 || CompareVersions(soversion, v) > 0)) v = soversion;
                    if (threads.Length > 0 && !v.EndsWith(threads, StringComparison.Ordinal)) v += threads;
                }
            }
            return Strings(l, v);
        }

        // platform._comparable_version: numbers compare as numbers, known stage words by rank.
        private static int CompareVersions(string a, string b)
        {
            var x = Comparable(a);
            var y = Comparable(b);
            for (int i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                int c = x[i].CompareTo(y[i]);
                if (c != 0) return c;
            }
            return x.Count.CompareTo(y.Count);
        }

        private static List<IComparable> Comparable(string version)
        {
            var stages = new Dictionary<string, int> { ["dev"] = 10, ["alpha"] = 20, ["a"] = 20, ["beta"] = 30, ["b"] = 30, ["c"] = 40, ["RC"] = 50, ["rc"] = 50, ["pl"] = 200, ["p"] = 200 };
            var result = new List<IComparable>();
            foreach (var part in Regex.Split(version, @"([0-9]+|[._+-])"))
            {
                if (part.Length == 1 && "._+-".Contains(part[0]) || part.Length == 0) continue;
                // Mixed kinds never meet at one position in practice; order ints before strings.
                if (long.TryParse(part, out long n)) { result.Add(100); result.Add(new VersionPart(n, null)); }
                else { result.Add(stages.TryGetValue(part, out int t) ? t : 0); result.Add(new VersionPart(0, part)); }
            }
            return result;
        }

        private readonly record struct VersionPart(long Number, string Word) : IComparable
        {
            public int CompareTo(object other)
            {
                var o = (VersionPart)other;
                if (Word == null && o.Word == null) return Number.CompareTo(o.Number);
                if (Word == null) return -1;
                if (o.Word == null) return 1;
                return string.CompareOrdinal(Word, o.Word);
            }
        }

        // ---- architecture -----------------------------------------------------------------------------

        public static PyObject architecture(PyObject executable = null, PyObject bits = null, PyObject linkage = null)
        {
            string b = bits == null ? "" : Str(bits), l = linkage == null ? "" : Str(linkage);
            if (b.Length == 0) b = IntPtr.Size * 8 + "bit";
            string path = Str(executable ?? Sys("executable"));
            if (path.Length == 0) return Strings(b, l);
            byte[] header = new byte[64];
            int read;
            try
            {
                using var f = File.OpenRead(FollowSymlinks(path));
                read = f.Read(header, 0, header.Length);
                if (read >= 52 && header[0] == 0x7f && header[1] == (byte)'E' && header[2] == (byte)'L' && header[3] == (byte)'F')
                {
                    if (!IsElfExecutable(f, header)) return Strings(b, l);
                    b = header[4] == 1 ? "32bit" : header[4] == 2 ? "64bit" : b;
                    return Strings(b, "ELF");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Strings(b, l); }
            // file(1) calls scripts "... text executable": executable, but no linkage it knows.
            return Strings(b, l);
        }

        private static string FollowSymlinks(string path)
        {
            path = Path.GetFullPath(path);
            for (int i = 0; i < 40; i++)
            {
                var info = new FileInfo(path);
                if (info.LinkTarget == null) break;
                path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path) ?? "/", info.LinkTarget));
            }
            return path;
        }

        // What file(1) calls an "executable": ET_EXEC, or ET_DYN with a PT_INTERP header (a PIE);
        // a shared library (ET_DYN without an interpreter) is not one.
        private static bool IsElfExecutable(FileStream f, byte[] h)
        {
            bool is64 = h[4] == 2, little = h[5] == 1;
            int U16(byte[] a, int o) => little ? a[o] | a[o + 1] << 8 : a[o] << 8 | a[o + 1];
            long U32(byte[] a, int o) => little ? (uint)(a[o] | a[o + 1] << 8 | a[o + 2] << 16 | a[o + 3] << 24) : (uint)(a[o] << 24 | a[o + 1] << 16 | a[o + 2] << 8 | a[o + 3]);
            long U64(byte[] a, int o) => little ? (long)((ulong)U32(a, o) | (ulong)U32(a, o + 4) << 32) : (long)((ulong)U32(a, o) << 32 | (ulong)U32(a, o + 4));
            int type = U16(h, 16);
            if (type == 2) return true;
            if (type != 3) return false;
            long phoff = is64 ? U64(h, 32) : U32(h, 28);
            int phentsize = U16(h, is64 ? 54 : 42), phnum = U16(h, is64 ? 56 : 44);
            var entry = new byte[Math.Max(phentsize, 4)];
            for (int i = 0; i < phnum; i++)
            {
                f.Seek(phoff + (long)i * phentsize, SeekOrigin.Begin);
                if (f.Read(entry, 0, phentsize) < 4) return false;
                if (U32(entry, 0) == 3) return true;
            }
            return false;
        }

        // ---- platform() ---------------------------------------------------------------------------------

        private static readonly Dictionary<(bool, bool), PyObject> PlatformCache = new();

        [PythonName("platform")]
        public static PyObject platform_(PyObject aliased = null, PyObject terse = null)
        {
            bool a = aliased != null && Ops.IsTrue(aliased), t = terse != null && Ops.IsTrue(terse);
            if (PlatformCache.TryGetValue((a, t), out var cached)) return cached;
            var u = (PyTuple)uname();
            string system = Str(u[0]), release = Str(u[2]), version = Str(u[3]), machine = Str(u[4]), processor = Str(u[5]);
            if (machine == processor) processor = "";
            if (a)
            {
                var alias = (PyTuple)system_alias(S(system), S(release), S(version));
                system = Str(alias[0]); release = Str(alias[1]); version = Str(alias[2]);
            }
            string result;
            if (system == "Linux")
            {
                var d = (PyTuple)dist(S(""));
                if (Str(d[0]).Length > 0 && !t)
                    result = Join(system, release, machine, processor, "with", Str(d[0]), Str(d[1]), Str(d[2]));
                else
                {
                    var libc = (PyTuple)libc_ver(Sys("executable"));
                    result = Join(system, release, machine, processor, "with", Str(libc[0]) + Str(libc[1]));
                }
            }
            else if (t) result = Join(system, release);
            else
            {
                var arch = (PyTuple)architecture(Sys("executable"));
                result = Join(system, release, machine, processor, Str(arch[0]), Str(arch[1]));
            }
            var value = S(result);
            PlatformCache[(a, t)] = value;
            return value;
        }

        // platform._platform: the non-empty parts joined by '-', made filename-safe.
        private static string Join(params string[] parts)
        {
            var kept = new List<string>();
            foreach (var p in parts) if (p.Length > 0) kept.Add(p.Trim());
            string s = string.Join("-", kept);
            foreach (char c in " ") s = s.Replace(c, '_');
            foreach (char c in "/\\:;\"()") s = s.Replace(c, '-');
            s = s.Replace("unknown", "");
            while (s.Contains("--", StringComparison.Ordinal)) s = s.Replace("--", "-");
            while (s.Length > 0 && s[^1] == '-') s = s[..^1];
            return s;
        }

        // ---- other systems: return their defaults, as on CPython for Linux ---------------------------------

        public static PyObject win32_ver(PyObject release = null, PyObject version = null, PyObject csd = null, PyObject ptype = null) =>
            PyTuple.Create(release ?? S(""), version ?? S(""), csd ?? S(""), ptype ?? S(""));

        public static PyObject mac_ver(PyObject release = null, PyObject versioninfo = null, PyObject machine = null) =>
            PyTuple.Create(release ?? S(""), versioninfo ?? Strings("", "", ""), machine ?? S(""));

        public static PyObject java_ver(PyObject release = null, PyObject vendor = null, PyObject vminfo = null, PyObject osinfo = null) =>
            PyTuple.Create(release ?? S(""), vendor ?? S(""), vminfo ?? Strings("", "", ""), osinfo ?? Strings("", "", ""));

        public static PyObject popen(PyObject cmd, PyObject mode = null, PyObject bufsize = null)
        {
            var os = Importer.ImportModule("os");
            return bufsize == null || bufsize is PyNone
                ? Ops.Call(Ops.GetAttr(os, PyStr.Intern("popen")), cmd, mode ?? S("r"))
                : Ops.Call(Ops.GetAttr(os, PyStr.Intern("popen")), cmd, mode ?? S("r"), bufsize);
        }

        // ---- python_* ----------------------------------------------------------------------------------------

        static readonly Regex SysVersionParser = new(@"^([\w.+]+)\s*\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*\[([^\]]+)\]?", RegexOptions.CultureInvariant);

        private static (string Version, string BuildNo, string BuildDate, string Compiler) SysVersion()
        {
            string text = Str(Sys("version"));
            var m = SysVersionParser.Match(text);
            if (!m.Success) throw Ops.ValueError("failed to parse CPython sys.version: " + Str(Ops.Repr(S(text))));
            string date = m.Groups[3].Success ? m.Groups[3].Value : "";
            if (m.Groups[3].Success && m.Groups[4].Success && m.Groups[4].Value.Length > 0) date += " " + m.Groups[4].Value;
            string version = m.Groups[1].Value;
            if (version.Split('.').Length == 2) version += ".0";
            return (version, m.Groups[2].Value, date, m.Groups[5].Value);
        }

        public static PyObject python_implementation() => S("CPython");
        public static PyObject python_version() => S(SysVersion().Version);
        public static PyObject python_version_tuple() => Strings(SysVersion().Version.Split('.'));
        public static PyObject python_branch() => Ops.GetItem(Sys("subversion"), PyInt.From(1));
        public static PyObject python_revision() => Ops.GetItem(Sys("subversion"), PyInt.From(2));
        public static PyObject python_build() { var v = SysVersion(); return Strings(v.BuildNo, v.BuildDate); }
        public static PyObject python_compiler() => S(SysVersion().Compiler);
    }
}
