namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>
    /// A Python 2 codec. Text codecs turn unicode into str and back; the bytes codecs of Python 2
    /// (hex, base64, string_escape) turn str into str, with <see cref="IsBytesCodec"/> set.
    /// </summary>
    internal abstract class Codec
    {
        /// <summary>The canonical name, as codecs.lookup(x).name reports it.</summary>
        public abstract string Name { get; }

        /// <summary>The codec name used in UnicodeEncodeError/UnicodeDecodeError messages ('utf8', 'charmap'...).</summary>
        public virtual string ErrorName => Name;

        public virtual bool IsBytesCodec => false;

        /// <summary>unicode → str (for bytes codecs the input chars are bytes, all &lt; 256).</summary>
        public abstract byte[] Encode(string text, string errors);

        /// <summary>str → unicode (for bytes codecs the result chars are bytes).</summary>
        public abstract string Decode(byte[] data, string errors);
    }
}
