// Trend chart: fetches the disclosed series from /trends/gegevens and draws them with Chart.js. The table on the page
// holds the same figures; without JavaScript (or when this fails) the chart simply stays hidden.
(function () {
    'use strict';

    var container = document.querySelector('[data-trend-chart]');
    if (!container || typeof window.Chart === 'undefined') {
        return;
    }

    var colours = {
        gebied: '#154273',
        p90: '#3a6ea5',
        landelijk: '#535353',
        'jaar-eerder': '#7a4f00',
        norm: '#1a1a1a',
        oranje: '#b35900',
        rood: '#c62828',
        marker: '#1a1a1a'
    };

    // Lines differ by dash pattern as well as colour (WCAG 1.4.1).
    var dashes = {
        doorgetrokken: [],
        'streepjes-kort': [4, 3],
        streepjes: [10, 5],
        stippen: [2, 4]
    };

    fetch(container.getAttribute('data-trend-chart'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
            if (!response.ok) {
                throw new Error('Grafiekgegevens niet beschikbaar: ' + response.status);
            }
            return response.json();
        })
        .then(draw)
        .catch(function (error) {
            container.hidden = true;
            container.setAttribute('data-chart-error', String(error && error.message));
        });

    function draw(data) {
        var canvas = container.querySelector('canvas');
        canvas.setAttribute('aria-label', data.summary);
        container.hidden = false;

        var main = data.series[0];
        var datasets = data.series.map(function (series, index) {
            return {
                label: series.label,
                data: series.points.map(function (point) { return point.y; }),
                texts: series.points.map(function (point) { return point.text; }),
                borderColor: colours[series.key] || colours.gebied,
                backgroundColor: colours[series.key] || colours.gebied,
                borderDash: dashes[series.style] || [],
                borderWidth: index === 0 ? 3 : 2,
                pointRadius: index === 0 ? 2.5 : 0,
                pointHoverRadius: 4,
                spanGaps: false,
                tension: 0,
                yAxisID: 'y'
            };
        });

        // A hidden or missing week is a gap in the line; a marker on the axis says why, so a gap never reads as zero.
        addMarkers(datasets, main, 'Suppressed', 'Afgeschermd (klein aantal)', 'crossRot');
        addMarkers(datasets, main, 'NoData', 'Geen gegevens', 'line');
        addMarkers(datasets, main, 'NotApplicable', 'Geen waarde (niemand wacht of geen zaken)', 'rectRot');

        var annotations = {};
        data.bands.forEach(function (band, index) {
            annotations['band' + index] = {
                type: 'box',
                drawTime: 'beforeDatasetsDraw',
                xMin: band.from - 0.5,
                xMax: band.to + 0.5,
                backgroundColor: 'rgba(198, 40, 40, 0.10)',
                borderColor: 'rgba(198, 40, 40, 0.5)',
                borderWidth: 1,
                borderDash: [2, 2],
                label: {
                    display: true,
                    content: 'Verscherpt toezicht',
                    position: { x: 'start', y: 'start' },
                    color: '#1a1a1a',
                    backgroundColor: 'rgba(255, 255, 255, 0.85)',
                    font: { size: 12 }
                }
            };
        });
        // Labels at alternating ends, so two close lines (orange and red) do not hide each other's label.
        data.lines.forEach(function (line, index) {
            annotations['lijn' + index] = {
                type: 'line',
                yMin: line.value,
                yMax: line.value,
                borderColor: colours[line.kind] || colours.norm,
                borderWidth: 2,
                borderDash: line.kind === 'norm' ? [8, 4] : [],
                label: {
                    display: true,
                    content: line.label,
                    position: index % 2 === 0 ? 'end' : 'start',
                    color: '#ffffff',
                    backgroundColor: colours[line.kind] || colours.norm,
                    font: { size: 12 }
                }
            };
        });

        var highest = Math.max.apply(null, data.lines.map(function (l) { return l.value; }).concat([0]));
        new window.Chart(canvas, {
            type: 'line',
            data: { labels: data.labels, datasets: datasets },
            options: {
                animation: false,
                maintainAspectRatio: false,
                interaction: { mode: 'index', intersect: false },
                scales: {
                    x: { ticks: { autoSkip: true, maxRotation: 0, autoSkipPadding: 12 } },
                    y: {
                        beginAtZero: true,
                        suggestedMax: highest > 0 ? highest * 1.15 : undefined,
                        max: data.unit === 'procent' && highest * 1.15 >= 100 ? 100 : undefined,
                        title: { display: true, text: data.unit }
                    },
                    markers: { type: 'linear', axis: 'y', position: 'right', display: false, min: 0, max: 1 }
                },
                plugins: {
                    legend: { position: 'bottom', labels: { boxWidth: 36, boxHeight: 2 } },
                    tooltip: {
                        callbacks: {
                            title: function (items) { return items.length ? weekTitle(data.weeks[items[0].dataIndex]) : ''; },
                            label: function (context) {
                                var texts = context.dataset.texts;
                                return context.dataset.label + ': ' + (texts ? texts[context.dataIndex] : context.formattedValue);
                            }
                        }
                    },
                    annotation: { annotations: annotations }
                }
            }
        });
        container.setAttribute('data-chart-ready', 'true');
    }

    function addMarkers(datasets, series, state, label, style) {
        var any = false;
        var values = series.points.map(function (point) {
            if (point.y === null && point.state === state) {
                any = true;
                return 0.03;
            }
            return null;
        });
        if (!any) {
            return;
        }
        datasets.push({
            label: label,
            data: values,
            texts: series.points.map(function (point) { return point.text; }),
            yAxisID: 'markers',
            showLine: false,
            pointStyle: style,
            pointRadius: 6,
            pointHoverRadius: 7,
            borderWidth: 2,
            borderColor: colours.marker,
            backgroundColor: colours.marker
        });
    }

    // "2026-W07" → "week 7 2026"
    function weekTitle(key) {
        var parts = /^(\d{4})-W(\d{2})$/.exec(key);
        return parts ? 'week ' + Number(parts[2]) + ' ' + parts[1] : key;
    }
}());
