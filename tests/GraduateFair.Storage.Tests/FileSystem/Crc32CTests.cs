using System.Text;
using GraduateFair.Storage.FileSystem;

namespace GraduateFair.Storage.Tests.FileSystem;

public sealed class Crc32CTests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xC1D04330u)]
    [InlineData("123456789", 0xE3069283u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x22620404u)]
    public void ComputesTheCastagnoliChecksumOfKnownInputs(string input, uint expected)
    {
        var bytes = Encoding.ASCII.GetBytes(input);

        Assert.Equal(expected, Crc32C.Compute(bytes));
        Assert.Equal(expected, Crc32C.ComputeWithTable(bytes));
    }

    [Fact]
    public void TheHardwareAndTablePathsAgreeAtEveryLengthAndSplit()
    {
        var bytes = new byte[300];
        new Random(7).NextBytes(bytes);

        for (var length = 0; length <= bytes.Length; length += 7)
        {
            var data = bytes.AsSpan(0, length);
            var whole = Crc32C.ComputeWithTable(data);
            Assert.Equal(whole, Crc32C.Compute(data));
            Assert.Equal(whole, Crc32C.Append(Crc32C.Compute(data[..(length / 3)]), data[(length / 3)..]));
        }
    }
}
