using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class ListMarkerTests
{
    [Theory]
    [InlineData("+ Added banners", 2)]
    [InlineData("-  Fixed a crash", 3)]
    [InlineData("• Item", 2)]
    [InlineData("12. Step twelve", 4)]
    [InlineData("3) Plug it in", 3)]
    [InlineData("-5 degrees tonight", 0)]
    [InlineData("2024. A year", 0)]
    [InlineData("3.5 million people", 0)]
    [InlineData("Added banners", 0)]
    [InlineData("+", 0)]
    public void Measures_the_marker_and_its_spaces(string text, int expected) =>
        Assert.Equal(expected, ListMarker.LengthAt(text, 0));
}
