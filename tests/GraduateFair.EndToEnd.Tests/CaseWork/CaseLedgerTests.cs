using System.Text;
using GraduateFair.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraduateFair.EndToEnd.Tests.CaseWork;

/// <summary>
/// The organiser's case work in the browser: the case ledger's filters, recording an employment
/// with its date and seeing it in the history, follow-ups, and a fair's report with its CSV; every
/// page checked by axe in Chinese and in English.
/// </summary>
[Collection(BrowserTests.Collection)]
[Trait("Category", "Browser")]
public sealed class CaseLedgerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task OrganiserFiltersCasesRecordsAnEmploymentAndDownloadsAFairReport()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var city = $"台账市{suffix}";
        await CaseWorkSetup.GraduateWithCaseAsync(fixture, $"赵敏{suffix}", city);
        await CaseWorkSetup.GraduateWithCaseAsync(fixture, $"张伟{suffix}", city);
        var organiserApi = await fixture.ApiAsync(BrowserFixture.Organiser);
        var employerApi = await fixture.ApiAsync(await fixture.RegisterAsync("employer", "报表招聘官"));
        var fairTitle = $"报表招聘会 {suffix}";
        var (fairId, _) = await ApiActor.OpenBoothAsync(organiserApi, employerApi, fairTitle, $"报表科技 {suffix}", "测试工程师");

        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(BrowserFixture.Organiser, "企业审核");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });

        // The ledger, filtered to this test's city and to graduates still seeking work.
        await nav.GetByRole(AriaRole.Link, new() { Name = "实名台账" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("实名台账");
        await page.GetByLabel("城市").FillAsync(city);
        await page.GetByLabel("就业状态").SelectOptionAsync("seeking");
        await page.GetByLabel("“1311”服务").SelectOptionAsync("1311");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
        var rows = page.Locator("#cases-table tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("#cases-table caption")).ToHaveTextAsync("毕业生档案：第 1–2 条，共 2 条");
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("找到 2 份档案。");
        await Expect(rows.First).ToContainTextAsync("从未联系");
        await Expect(rows.First).ToContainTextAsync("缺：职业指导 1 次");
        await session.CheckAccessibilityAsync("case ledger, filtered (zh-CN)");
        await session.ScreenshotAsync("organiser-cases-zh-CN");

        // Zhang's case: an employment needs its employer and date (said by the fields), then is recorded.
        await page.GetByRole(AriaRole.Link, new() { Name = $"张伟{suffix}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"张伟{suffix} 的档案");
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("求职中");
        await session.CheckAccessibilityAsync("case detail (zh-CN)");
        await page.GetByLabel("新状态").SelectOptionAsync("employed");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录状态" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("#case-status-employer-error")).ToHaveTextAsync("⚠ 错误： 请填写此项。");
        await Expect(page.Locator("#case-status-date-error")).ToHaveTextAsync("⚠ 错误： 请填写此项。");
        await Expect(page.Locator("#case-status-employer")).ToHaveAttributeAsync("aria-invalid", "true");
        await session.CheckAccessibilityAsync("case status form with errors (zh-CN)");

        await page.GetByLabel("就业单位").FillAsync("成都光电有限公司");
        await page.GetByLabel("签约或入职日期").FillAsync("2026-07-01");
        await page.GetByLabel("备注").First.FillAsync("电话确认已入职");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录状态" }).ClickAsync();
        await Expect(page.Locator("#case-status-saved")).ToHaveTextAsync($"已将 张伟{suffix} 的状态记录为“已就业”。");
        await Expect(page.Locator("#announcer")).ToHaveTextAsync($"已将 张伟{suffix} 的状态记录为“已就业”。");
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("已就业");
        await Expect(page.Locator("#case-employment")).ToHaveTextAsync("成都光电有限公司（2026年7月1日）");
        var history = page.Locator("#case-history-table tbody tr");
        await Expect(history).ToHaveCountAsync(1);
        await Expect(history.First).ToContainTextAsync("求职中 → 已就业");
        await Expect(history.First).ToContainTextAsync("成都光电有限公司（2026年7月1日）");
        await Expect(history.First).ToContainTextAsync("主办方");
        await Expect(history.First).ToContainTextAsync("电话确认已入职");
        await session.CheckAccessibilityAsync("case detail after recording an employment (zh-CN)");
        await session.ScreenshotAsync("organiser-case-zh-CN");

        // The ledger shows the contact now: filtering by employed finds Zhang alone.
        await nav.GetByRole(AriaRole.Link, new() { Name = "实名台账" }).ClickAsync();
        await page.GetByLabel("城市").FillAsync(city);
        await page.GetByLabel("就业状态").SelectOptionAsync("employed");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First.Locator("th")).ToHaveTextAsync($"张伟{suffix}");

        // Follow-ups are created by the monthly sweep for graduates not contacted for 30 days: with the
        // real clock none of this test's graduates can have one, so the page is checked as it is.
        await nav.GetByRole(AriaRole.Link, new() { Name = "跟踪回访" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("跟踪回访");
        await Expect(page.Locator("#follow-ups-none, #follow-ups-table")).ToBeVisibleAsync();
        await session.CheckAccessibilityAsync("follow-ups (zh-CN)");

        // The fair's report, and its CSV (UTF-8 with a byte-order mark).
        await nav.GetByRole(AriaRole.Link, new() { Name = "统计报表" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("统计报表");
        await page.GetByLabel("招聘会", new() { Exact = true }).SelectOptionAsync(fairId);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看报告" }).ClickAsync();
        await Expect(page.Locator("#fair-report caption").First).ToHaveTextAsync($"“{fairTitle}”的统计数据");
        await Expect(page.Locator("#fair-report tbody tr").First).ToHaveTextAsync("展位数1");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#fair-report-csv").ClickAsync());
        var csvPath = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(csvPath!);
        Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the CSV starts with a UTF-8 byte-order mark");
        Assert.Contains(fairTitle, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        await page.GetByLabel("城市（可不填）").FillAsync(city);
        await page.GetByLabel("月份").FillAsync(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "查看月报" }).ClickAsync();
        // This test's city: two graduates served, one of them employed.
        var cityRow = page.Locator("#monthly-report tbody tr");
        await Expect(cityRow).ToHaveCountAsync(1);
        await Expect(cityRow.Locator("th")).ToHaveTextAsync(city);
        await Expect(cityRow.Locator("td").Nth(0)).ToHaveTextAsync("2");
        await Expect(cityRow.Locator("td").Nth(2)).ToHaveTextAsync("1 / 2（50%）");
        await Expect(page.Locator("#monthly-report-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/reports/monthly\\.csv\\?month=\\d{4}-\\d{2}&city="));
        await session.CheckAccessibilityAsync("reports (zh-CN)");
        await session.ScreenshotAsync("organiser-reports-zh-CN");

        // The same pages in English.
        await page.Locator(".language button[lang='en']").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Reports");
        await page.GetByLabel("Fair", new() { Exact = true }).SelectOptionAsync(fairId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();
        await Expect(page.Locator("#fair-report caption").First).ToHaveTextAsync($"Figures of “{fairTitle}”");
        await session.CheckAccessibilityAsync("reports (en)");
        var navEn = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await navEn.GetByRole(AriaRole.Link, new() { Name = "Follow-ups" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Follow-ups");
        await session.CheckAccessibilityAsync("follow-ups (en)");
        await navEn.GetByRole(AriaRole.Link, new() { Name = "Case ledger" }).ClickAsync();
        await page.GetByLabel("City").FillAsync(city);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("#cases-table caption")).ToHaveTextAsync("Cases 1–2 of 2");
        await session.CheckAccessibilityAsync("case ledger (en)");
        await session.ScreenshotAsync("organiser-cases-en");
        await page.GetByRole(AriaRole.Link, new() { Name = $"张伟{suffix}" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync($"Case of 张伟{suffix}");
        await Expect(page.Locator("#case-employment")).ToHaveTextAsync("成都光电有限公司 (July 1, 2026)");
        await session.CheckAccessibilityAsync("case detail (en)");
    }
}
