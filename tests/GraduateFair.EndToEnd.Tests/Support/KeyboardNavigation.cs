using Microsoft.Playwright;

namespace GraduateFair.EndToEnd.Tests.Support;

internal static class KeyboardNavigation
{
    /// <summary>Presses Tab until the element has focus, as a keyboard user would (at most 60 times).</summary>
    public static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {target}");
    }
}
