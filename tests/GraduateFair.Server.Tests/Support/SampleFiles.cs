using System.Text;

namespace GraduateFair.Server.Tests.Support;

/// <summary>Files that begin like the real thing (their magic bytes), of any size.</summary>
public static class SampleFiles
{
    public const int Megabyte = 1024 * 1024;

    public static byte[] Pdf(int length = 2048, char fill = 'r') => Fill("%PDF-1.7\n"u8, length, fill);

    public static byte[] Png(int length = 512) => Fill([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], length, 'p');

    public static byte[] Jpeg(int length = 512) => Fill([0xFF, 0xD8, 0xFF, 0xE0], length, 'j');

    public static byte[] Gif(int length = 512) => Fill("GIF89a"u8, length, 'g');

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Fill(ReadOnlySpan<byte> start, int length, char fill)
    {
        var bytes = new byte[length];
        bytes.AsSpan().Fill((byte)fill);
        start.CopyTo(bytes);
        return bytes;
    }
}
