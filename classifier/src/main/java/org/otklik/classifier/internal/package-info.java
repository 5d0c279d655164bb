/** Implementation of the classifier's stages; not part of the module's API. */
package org.otklik.classifier.internal;
