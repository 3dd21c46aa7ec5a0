/**
 * The file formats of 绩效目标申报表 (text, HTML, Word, Excel, PDF): each is recognised by its content and turned into
 * the rows of cells that {@link org.perfgoals.importer.domain.FormReader} reads, so a layout rule is written once.
 */
@NullMarked
package org.perfgoals.importer.format;

import org.jspecify.annotations.NullMarked;
