using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplates;

/// <param name="ProgrammeId">The questionnaires of this programme and the shared ones.</param>
/// <param name="Role">Only questionnaires for this role.</param>
/// <param name="Point">Only questionnaires of this point.</param>
/// <param name="Form">Only questionnaires of this form (and those for any form).</param>
/// <param name="PublishedOnly">Only published questionnaires.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetSurveyTemplatesQuery(
    Guid? ProgrammeId = null,
    SurveyRole? Role = null,
    ProgressPoint? Point = null,
    MentoringForm? Form = null,
    bool PublishedOnly = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<SurveyTemplateDto>>, IPagedRequest;

internal sealed class GetSurveyTemplatesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetSurveyTemplatesQuery, PagedList<SurveyTemplateDto>>
{
    public Task<PagedList<SurveyTemplateDto>> Handle(GetSurveyTemplatesQuery request, CancellationToken cancellationToken)
    {
        var query = SurveyReads.VisibleTemplates(db).AsNoTracking().Where(t => !t.IsArchived);
        if (request.ProgrammeId is { } programmeId)
        {
            query = query.Where(t => t.ProgrammeId == null || t.ProgrammeId == programmeId);
        }

        if (request.Role is { } role)
        {
            query = query.Where(t => t.Role == role);
        }

        if (request.Point is { } point)
        {
            query = query.Where(t => t.Point == point);
        }

        if (request.Form is { } form)
        {
            query = query.Where(t => t.Form == null || t.Form == form);
        }

        if (request.PublishedOnly)
        {
            query = query.Where(t => t.IsPublished);
        }

        return query.OrderBy(t => t.Point).ThenBy(t => t.Role).ThenBy(t => t.Title).ThenBy(t => t.Id)
            .ProjectToPagedListAsync<SurveyTemplateDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
