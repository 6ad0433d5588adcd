namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>
    /// What codecs.lookup returns: the codec's canonical <c>name</c> and its stateless
    /// <c>encode(input, errors='strict')</c> / <c>decode(input, errors='strict')</c> functions, which
    /// return (output, length consumed) as in Python.
    /// </summary>
    public sealed class CodecInfo : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("CodecInfo", () => PyType.ObjectType, null);

        readonly Codec codec;
        readonly PyObject name, encode, decode;

        CodecInfo(Codec codec)
        {
            this.codec = codec;
            name = PyStr.FromString(codec.Name);
            encode = NativeFunction.Create("encode", 1, new[] { "input", "errors" }, a =>
                PyTuple.Create(codecs.encode(a[0], name, a[1]), PyInt.From(a[0].Len())));
            decode = NativeFunction.Create("decode", 1, new[] { "input", "errors" }, a =>
                PyTuple.Create(codecs.decode(a[0], name, a[1]), PyInt.From(a[0].Len())));
        }

        internal static CodecInfo For(Codec codec) => new CodecInfo(codec);

        public override PyType Type => TypeObject;

        public override PyObject GetAttributeOrNull(PyStr attribute)
        {
            switch (attribute.ToString())
            {
                case "name": return name;
                case "encode": return encode;
                case "decode": return decode;
            }
            return base.GetAttributeOrNull(attribute);
        }

        public override PyStr Repr() =>
            PyStr.FromString($"<codecs.CodecInfo object for encoding {codec.Name} at 0x{Ops.Id(this):x}>");
    }
}
