using Py2Cs.Runtime.Strings;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>
    /// The <c>codecs</c> module: encode/decode with any registered codec, lookup, the BOM constants.
    /// </summary>
    [PythonModule("codecs")]
    public static class codecs
    {
        public static readonly PyStr BOM_UTF8 = PyStr.FromString("\xef\xbb\xbf");
        public static readonly PyStr BOM_UTF16_LE = PyStr.FromString("\xff\xfe");
        public static readonly PyStr BOM_UTF16_BE = PyStr.FromString("\xfe\xff");
        public static readonly PyStr BOM_UTF32_LE = PyStr.FromString("\xff\xfe\x00\x00");
        public static readonly PyStr BOM_UTF32_BE = PyStr.FromString("\x00\x00\xfe\xff");
        // The native byte order of the machines the runtime targets is little-endian.
        public static readonly PyStr BOM_UTF16 = BOM_UTF16_LE;
        public static readonly PyStr BOM_UTF32 = BOM_UTF32_LE;
        public static readonly PyStr BOM = BOM_UTF16_LE;
        public static readonly PyStr BOM_LE = BOM_UTF16_LE;
        public static readonly PyStr BOM_BE = BOM_UTF16_BE;

        /// <summary>codecs.encode(obj, encoding='ascii', errors='strict').</summary>
        public static PyObject encode(PyObject obj, PyObject encoding = null, PyObject errors = null)
        {
            string enc = StringArguments.OptionalString(encoding, "encode", 2, "ascii");
            string err = StringArguments.OptionalString(errors, "encode", 3, "strict");
            return obj switch
            {
                PyUnicode u => CodecCalls.Encode(u, enc, err),
                PyStr s => CodecCalls.Encode(s, enc, err),
                _ => throw Ops.TypeError("coercing to Unicode: need string or buffer, " + obj.TypeName + " found"),
            };
        }

        /// <summary>codecs.decode(obj, encoding='ascii', errors='strict').</summary>
        public static PyObject decode(PyObject obj, PyObject encoding = null, PyObject errors = null)
        {
            string enc = StringArguments.OptionalString(encoding, "decode", 2, "ascii");
            string err = StringArguments.OptionalString(errors, "decode", 3, "strict");
            return obj switch
            {
                PyStr s => CodecCalls.Decode(s, enc, err),
                PyUnicode u => CodecCalls.Decode(u, enc, err),
                _ => throw Ops.TypeError("decoding " + obj.TypeName + " is not supported"),
            };
        }

        /// <summary>
        /// codecs.open: with an encoding, the file is opened in binary mode and wrapped so reads give
        /// unicode and writes encode; without one it is the builtin open.
        /// </summary>
        public static PyObject open(PyObject filename, PyObject mode = null, PyObject encoding = null, PyObject errors = null, PyObject buffering = null)
        {
            string m = mode == null ? "rb" : Ops.Str(mode).ToString();
            bool encoded = encoding != null && encoding is not PyNone;
            if (encoded)
            {
                if (m.Contains('U'))
                {
                    m = m.Trim().Replace("U", "");
                    if (m.Length == 0 || "rwa".IndexOf(m[0]) < 0) m = "r" + m;
                }
                if (!m.Contains('b')) m += "b";
                CodecCalls.Lookup(StringArguments.OptionalString(encoding, "open", 3, "ascii"));
            }
            PyObject file = Ops.Call(PyFile.TypeObject, filename, PyStr.FromString(m), buffering ?? PyInt.From(1));
            if (!encoded) return file;
            return Ops.Call(StreamReaderWriter.Type, file, encoding, errors ?? PyStr.FromString("strict"));
        }

        public static PyObject getencoder(PyObject encoding) => Ops.GetAttr(lookup(encoding), PyStr.Intern("encode"));
        public static PyObject getdecoder(PyObject encoding) => Ops.GetAttr(lookup(encoding), PyStr.Intern("decode"));

        /// <summary>codecs.lookup(encoding): a CodecInfo with name, encode and decode.</summary>
        public static PyObject lookup(PyObject encoding)
        {
            string enc = StringArguments.OptionalString(encoding, "lookup", 1, "ascii");
            Codec codec = CodecCalls.Lookup(enc);
            return CodecInfo.For(codec);
        }
    }
}
