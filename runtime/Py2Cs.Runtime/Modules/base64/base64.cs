#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.Text;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>base64</c> module of Python 2.7 (base64, URL-safe, base32, base16, the MIME line forms).</summary>
    [PythonModule("base64")]
    public static class base64
    {
        private const int MaxBinSize = 57; // 76 base64 characters per line

        private static string Str(PyObject o) => PyStr.FromBytes(binascii.Bytes(o)).ToString();

        private static string Translate(string s, string from, string to)
        {
            var sb = new StringBuilder(s.Length);
            foreach (char c in s)
            {
                int i = from.IndexOf(c);
                sb.Append(i >= 0 ? to[i] : c);
            }
            return sb.ToString();
        }

        public static PyObject b64encode(PyObject s, PyObject altchars = null)
        {
            string encoded = Ops.StrValue(binascii.b2a_base64(s));
            encoded = encoded.Substring(0, encoded.Length - 1);
            if (altchars != null && altchars is not PyNone) encoded = Translate(encoded, "+/", Str(altchars).Substring(0, 2));
            return PyStr.FromString(encoded);
        }

        public static PyObject b64decode(PyObject s, PyObject altchars = null)
        {
            string text = Str(s);
            if (altchars != null && altchars is not PyNone) text = Translate(text, Str(altchars).Substring(0, 2), "+/");
            try { return binascii.a2b_base64(PyStr.FromString(text)); }
            catch (PythonException e) when (e.Matches(binascii.Error)) { throw Ops.TypeError(Ops.Str(e.Value).ToString()); }
        }

        public static PyObject standard_b64encode(PyObject s) => b64encode(s);
        public static PyObject standard_b64decode(PyObject s) => b64decode(s);
        public static PyObject urlsafe_b64encode(PyObject s) => PyStr.FromString(Translate(Ops.StrValue(b64encode(s)), "+/", "-_"));
        public static PyObject urlsafe_b64decode(PyObject s) => b64decode(PyStr.FromString(Translate(Str(s), "-_", "+/")));

        private const string B32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static PyObject b32encode(PyObject s)
        {
            byte[] data = binascii.Bytes(s);
            var sb = new StringBuilder();
            for (int i = 0; i < data.Length; i += 5)
            {
                ulong chunk = 0;
                int n = Math.Min(5, data.Length - i);
                for (int j = 0; j < 5; j++) chunk = (chunk << 8) | (j < n ? data[i + j] : 0u);
                for (int j = 7; j >= 0; j--) sb.Append(B32Alphabet[(int)((chunk >> (5 * j)) & 31)]);
                int pad = n switch { 1 => 6, 2 => 4, 3 => 3, 4 => 1, _ => 0 };
                if (pad > 0) { sb.Length -= pad; sb.Append('=', pad); }
            }
            return PyStr.FromString(sb.ToString());
        }

        public static PyObject b32decode(PyObject s, PyObject casefold = null, PyObject map01 = null)
        {
            string text = Str(s);
            if (text.Length % 8 != 0) throw Ops.TypeError("Incorrect padding");
            if (map01 != null && map01 is not PyNone) text = text.Replace('0', 'O').Replace('1', Str(map01)[0]);
            if (casefold != null && Ops.IsTrue(casefold)) text = text.ToUpperInvariant();
            int padchars = 0;
            while (padchars < text.Length && text[text.Length - 1 - padchars] == '=') padchars++;
            text = text.Substring(0, text.Length - padchars);
            var result = new System.Collections.Generic.List<byte>();
            ulong acc = 0;
            int shift = 35;
            foreach (char c in text)
            {
                int v = B32Alphabet.IndexOf(c);
                if (v < 0) throw Ops.TypeError("Non-base32 digit found");
                acc += (ulong)v << shift;
                shift -= 5;
                if (shift < 0)
                {
                    for (int j = 4; j >= 0; j--) result.Add((byte)(acc >> (8 * j)));
                    acc = 0;
                    shift = 35;
                }
            }
            if (shift != 35 || padchars > 0)
            {
                var last = new byte[5];
                for (int j = 0; j < 5; j++) last[j] = (byte)(acc >> (8 * (4 - j)));
                int keep = padchars switch { 0 when shift == 35 => 0, 1 => 4, 3 => 3, 4 => 2, 6 => 1, _ => -1 };
                if (keep < 0) throw Ops.TypeError("Incorrect padding");
                for (int j = 0; j < keep; j++) result.Add(last[j]);
            }
            return PyStr.FromBytes(result.ToArray());
        }

        public static PyObject b16encode(PyObject s) => PyStr.FromString(Convert.ToHexString(binascii.Bytes(s)));

        public static PyObject b16decode(PyObject s, PyObject casefold = null)
        {
            string text = Str(s);
            if (casefold != null && Ops.IsTrue(casefold)) text = text.ToUpperInvariant();
            foreach (char c in text)
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) throw Ops.TypeError("Non-base16 digit found");
            return binascii.unhexlify(PyStr.FromString(text));
        }

        public static PyObject encodestring(PyObject s)
        {
            byte[] data = binascii.Bytes(s);
            var sb = new StringBuilder();
            for (int i = 0; i < data.Length; i += MaxBinSize)
                sb.Append(Convert.ToBase64String(data, i, Math.Min(MaxBinSize, data.Length - i))).Append('\n');
            return PyStr.FromString(sb.ToString());
        }

        public static PyObject decodestring(PyObject s) => binascii.a2b_base64(s);

        public static PyObject encode(PyObject input, PyObject output)
        {
            while (true)
            {
                PyObject chunk = Ops.CallMethod(input, "read", PyInt.From(MaxBinSize));
                if (!Ops.IsTrue(chunk)) break;
                while (Ops.Len(chunk) < MaxBinSize)
                {
                    PyObject more = Ops.CallMethod(input, "read", PyInt.From(MaxBinSize - Ops.Len(chunk)));
                    if (!Ops.IsTrue(more)) break;
                    chunk = Ops.Add(chunk, more);
                }
                Ops.CallMethod(output, "write", binascii.b2a_base64(chunk));
            }
            return PyNone.None;
        }

        public static PyObject decode(PyObject input, PyObject output)
        {
            while (true)
            {
                PyObject line = Ops.CallMethod(input, "readline");
                if (!Ops.IsTrue(line)) break;
                Ops.CallMethod(output, "write", binascii.a2b_base64(line));
            }
            return PyNone.None;
        }
    }
}
