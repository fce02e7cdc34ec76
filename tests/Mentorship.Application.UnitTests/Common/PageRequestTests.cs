using Mentorship.Application.Common.Models;
using Mentorship.Application.Territory.Regions;
using Mentorship.Application.Territory.Regions.Queries.GetRegions;

namespace Mentorship.Application.UnitTests.Common;

/// <summary>Paging defaults.</summary>
public class PageRequestTests
{
    [Test]
    public void Page_requests_default_to_the_first_page_of_twenty() =>
        PageRequest.From(new GetRegionsQuery()).Should().Be(new PageRequest(1, PageRequest.DefaultPageSize));
}
