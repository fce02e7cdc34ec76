using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.MentorBank.Queries.GetBankMentor;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.MentorBank.Queries.GetBankMentors;

/// <param name="MunicipalityId">The municipality.</param>
/// <param name="Competence">Only entries with this competence tag (a deficit they help with).</param>
/// <param name="OrganizationId">Only persons of this school.</param>
/// <param name="HasFreePlaces">True: only entries with a free place over every programme; false: only full ones.</param>
/// <param name="Role">Only mentors or only experts.</param>
/// <param name="IsActive">Only active (or only inactive) entries.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetBankMentorsQuery(
    Guid MunicipalityId, string? Competence = null, Guid? OrganizationId = null, bool? HasFreePlaces = null, MunicipalBankRole? Role = null, bool? IsActive = null,
    int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<BankMentorDto>>, IPagedRequest;

internal sealed class GetBankMentorsHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetBankMentorsQuery, PagedList<BankMentorDto>>
{
    public async Task<PagedList<BankMentorDto>> Handle(GetBankMentorsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureBankVisibleAsync(user, request.MunicipalityId, cancellationToken);
        var entries = db.MunicipalMentors.AsNoTracking().Where(m => m.MunicipalityId == request.MunicipalityId);
        if (!string.IsNullOrWhiteSpace(request.Competence))
        {
            var tag = Tags.Normalize(request.Competence, "competence");
            entries = entries.Where(m => m.Competences.Any(c => c.Tag == tag));
        }

        if (request.OrganizationId is { } organizationId)
        {
            entries = entries.Where(m => m.OrganizationId == organizationId);
        }

        if (request.Role is { } role)
        {
            entries = entries.Where(m => m.Role == role);
        }

        if (request.IsActive is { } active)
        {
            entries = entries.Where(m => m.IsActive == active);
        }

        var rows = MunicipalMentorReads.Project(db, entries.OrderBy(m => m.Created).ThenBy(m => m.Id));
        if (request.HasFreePlaces is { } free)
        {
            rows = rows.Where(r => (r.FreePlaces > 0) == free);
        }

        var page = await rows.ToPagedListAsync(PageRequest.From(request), cancellationToken);
        return page with { Items = await MunicipalMentorReads.WithNamesAsync(db, page.Items, cancellationToken) };
    }
}
