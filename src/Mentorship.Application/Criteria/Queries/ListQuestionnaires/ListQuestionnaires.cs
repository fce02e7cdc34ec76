using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Monitoring.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Criteria.Queries.ListQuestionnaires;

/// <summary>The teacher questionnaires within the caller's scope, newest year first, their answers counted.</summary>
/// <param name="OrganizationId">Only this organisation's.</param>
/// <param name="Year">Only this year's.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200 (20 by default).</param>
[Authorize(Roles = MonitoringScope.OrganizationReaders)]
public sealed record ListQuestionnairesQuery(Guid? OrganizationId = null, int? Year = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<QuestionnaireDto>>, IPagedRequest;

internal sealed class ListQuestionnairesHandler(IApplicationDbContext db) : IRequestHandler<ListQuestionnairesQuery, PagedList<QuestionnaireDto>>
{
    public async Task<PagedList<QuestionnaireDto>> Handle(ListQuestionnairesQuery request, CancellationToken cancellationToken)
    {
        var query = db.TeacherQuestionnaires.AsNoTracking();
        if (request.OrganizationId is { } organizationId)
        {
            query = query.Where(q => q.OrganizationId == organizationId);
        }

        if (request.Year is { } year)
        {
            query = query.Where(q => q.Year == year);
        }

        var page = await query.OrderByDescending(q => q.Year).ThenBy(q => q.OrganizationId).ToPagedListAsync(PageRequest.From(request), cancellationToken);
        return new PagedList<QuestionnaireDto>(await CriteriaReads.QuestionnairesAsync(db, page.Items, cancellationToken), page.Page, page.PageSize, page.TotalCount);
    }
}
