namespace Py2Cs.Runtime.Modules.zipfile
{
    /// <summary>zipfile._ZipDecrypter: the traditional PKWARE stream cipher (decryption only, as in 2.7).</summary>
    internal sealed class ZipDecrypter
    {
        private static readonly uint[] CrcTable = MakeTable();
        private uint key0 = 305419896, key1 = 591751049, key2 = 878082192;

        private static uint[] MakeTable()
        {
            var table = new uint[256];
            for (uint i = 0; i < 256; i++)
            {
                uint crc = i;
                for (int j = 0; j < 8; j++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xedb88320 : crc >> 1;
                table[i] = crc;
            }
            return table;
        }

        private static uint Crc(byte c, uint crc) => (crc >> 8) ^ CrcTable[(crc ^ c) & 0xff];

        public ZipDecrypter(byte[] password)
        {
            foreach (byte p in password) Update(p);
        }

        private void Update(byte c)
        {
            key0 = Crc(c, key0);
            key1 = unchecked((key1 + (key0 & 255)) * 134775813 + 1);
            key2 = Crc((byte)(key1 >> 24), key2);
        }

        public byte Decrypt(byte c)
        {
            uint k = key2 | 2;
            c = (byte)(c ^ ((k * (k ^ 1)) >> 8));
            Update(c);
            return c;
        }

        public void Decrypt(byte[] data)
        {
            for (int i = 0; i < data.Length; i++) data[i] = Decrypt(data[i]);
        }
    }
}
