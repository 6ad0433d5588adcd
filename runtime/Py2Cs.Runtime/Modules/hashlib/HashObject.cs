using System;
using System.Security.Cryptography;

namespace Py2Cs.Runtime.Modules.hashlib
{
    /// <summary>A hashlib hash object (md5, sha1, sha224, sha256, sha384, sha512).</summary>
    public sealed class HashObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("HASH", () => PyType.ObjectType, t =>
        {
            t.DefMethod("update", (s, data) => { ((HashObject)s).Update(data); return PyNone.None; });
            t.DefMethod("digest", s => PyStr.FromBytes(((HashObject)s).Digest()));
            t.DefMethod("hexdigest", s => PyStr.FromString(Convert.ToHexStringLower(((HashObject)s).Digest())));
            t.DefMethod("copy", s => ((HashObject)s).Copy());
            t.DefProperty("name", s => PyStr.FromString(((HashObject)s).Name.ToUpperInvariant())); // OpenSSL's names, as 2.7 reports them
            t.DefProperty("digest_size", s => PyInt.From(((HashObject)s).DigestSize));
            t.DefProperty("digestsize", s => PyInt.From(((HashObject)s).DigestSize));
            t.DefProperty("block_size", s => PyInt.From(((HashObject)s).BlockSize));
        });

        public string Name { get; }
        private IncrementalHash incremental;
        private Sha224 sha224;

        public static readonly string[] Algorithms = { "md5", "sha1", "sha224", "sha256", "sha384", "sha512" };

        private HashObject(string name) => Name = name;

        public static HashObject Create(string name)
        {
            string lower = name.ToLowerInvariant();
            var h = new HashObject(lower);
            switch (lower)
            {
                case "md5": h.incremental = IncrementalHash.CreateHash(HashAlgorithmName.MD5); break;
                case "sha1": h.incremental = IncrementalHash.CreateHash(HashAlgorithmName.SHA1); break;
                case "sha224": h.sha224 = new Sha224(); break;
                case "sha256": h.incremental = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); break;
                case "sha384": h.incremental = IncrementalHash.CreateHash(HashAlgorithmName.SHA384); break;
                case "sha512": h.incremental = IncrementalHash.CreateHash(HashAlgorithmName.SHA512); break;
                default: throw Ops.ValueError("unsupported hash type " + name);
            }
            return h;
        }

        public override PyType Type => TypeObject;

        public int DigestSize => Name switch { "md5" => 16, "sha1" => 20, "sha224" => 28, "sha256" => 32, "sha384" => 48, _ => 64 };
        public int BlockSize => Name == "sha384" || Name == "sha512" ? 128 : 64;

        /// <summary>The bytes of a str/buffer argument (unicode is encoded as ASCII, as 2.7's "s*" does).</summary>
        internal static byte[] BytesOf(PyObject data) => data switch
        {
            PyStr s => s.Bytes.ToArray(),
            PyByteArray b => b.Data.ToArray(),
            PyUnicode u => u.EncodeAscii().Bytes.ToArray(),
            _ => throw Ops.TypeError("must be string or buffer, not " + data.TypeName),
        };

        public void Update(PyObject data)
        {
            byte[] bytes = BytesOf(data);
            if (sha224 != null) sha224.Append(bytes);
            else incremental.AppendData(bytes);
        }

        public byte[] Digest() => sha224 != null ? sha224.Digest() : incremental.GetCurrentHash();

        public HashObject Copy()
        {
            var h = new HashObject(Name);
            if (sha224 != null) h.sha224 = sha224.Clone();
            else h.incremental = incremental.Clone();
            return h;
        }

        public override PyStr Repr() => PyStr.FromString($"<{Name} HASH object @ 0x{Ops.Id(this):x}>");
    }
}
